import 'server-only';
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Addresses that are not the public internet: this host, its networks, and ranges that map into them. */
const PRIVATE4 = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE4.addSubnet(net, prefix, 'ipv4');
// Separate lists: a BlockList matches IPv4 rules against IPv4-mapped IPv6 and back. IPv4-mapped
// addresses are outside 2000::/3 (nothing there is global unicast); NAT64 and 6to4 can name a
// private IPv4 host; Teredo and documentation ranges are not sites either.
const PRIVATE6 = new BlockList();
for (const [net, prefix] of [
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
] as const)
  PRIVATE6.addSubnet(net, prefix, 'ipv6');
const GLOBAL6 = new BlockList();
GLOBAL6.addSubnet('2000::', 3, 'ipv6');

/** Whether an IP address is on the public internet (not loopback, private, link-local…). */
export function isPublicAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return !PRIVATE4.check(ip, 'ipv4');
  if (family === 6) return GLOBAL6.check(ip, 'ipv6') && !PRIVATE6.check(ip, 'ipv6');
  return false;
}

/** A host the import may not fetch from: its name resolved only to non-public addresses. */
export class RefusedAddress extends Error {
  code = 'ETAIYAKU_REFUSED_ADDRESS';
}

type Callback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that drops non-public addresses. The connection goes to the address
 * this returns, so a name that resolves to a public address when checked and to 127.0.0.1 when
 * connecting (DNS rebinding) cannot get through: checking and connecting are the same lookup.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: Callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const usable = allowPrivate ? addresses : addresses.filter((a) => isPublicAddress(a.address));
      const first = usable[0];
      if (!first) return callback(new RefusedAddress(`${hostname}: not a public address`), '');
      if (options.all) callback(null, usable);
      else callback(null, first.address, first.family);
    });
  };
}

/** An IP literal in a URL's host (no lookup happens for those), or null for a name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(bare) ? bare : null;
}
