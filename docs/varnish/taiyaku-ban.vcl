# Varnish 6/7 in front of Taiyaku, purged by tag with bans (no vmod needed).
# The app marks each public answer with `xkey: all post-<slug> …` and, on every public change,
# sends `PURGE` with `xkey-purge: all` and `x-purge-secret: <PURGE_SECRET>` to each PURGE_URLS
# cache. With varnish-modules installed prefer taiyaku.vcl (xkey: no ban list to walk).
# Edit: the backend, the purgers ACL, and the secret (the same as the app's PURGE_SECRET).
vcl 4.1;

# No vmod: purges are bans on the stored xkey header (the ban lurker clears them).

backend taiyaku {
  .host = "127.0.0.1";
  .port = "3000";
}

# Who may purge: the app's hosts. The secret is checked as well.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers || req.http.x-purge-secret != "CHANGE-ME-TO-PURGE_SECRET") {
      return (synth(403, "Forbidden"));
    }
    if (req.http.xkey-purge !~ "^[a-z0-9][a-z0-9 -]*$") {
      return (synth(400, "Bad xkey-purge"));
    }
    # Every object whose xkey header names one of the keys, stale copies included. Only obj.*
    # in the expression, so the ban lurker removes them in the background.
    ban("obj.http.xkey ~ (^|\s)(" + regsuball(req.http.xkey-purge, " +", "|") + ")(\s|$)");
    return (synth(200, "Banned"));
  }
  # Otherwise the built-in VCL: requests with cookies or Authorization (staff) pass to the app.
}

sub vcl_backend_response {
  # The app's Cache-Control decides: s-maxage (EDGE_MAX_AGE with purging) is the TTL;
  # stale-while-revalidate, when given, becomes grace. Answers without s-maxage (staff pages,
  # forms, search) say private or no-store and are not kept.
  if (beresp.http.cache-control !~ "s-maxage") {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.x-cache = "HIT";
  } else {
    set resp.http.x-cache = "MISS";
  }
  # The keys are for caches, not for readers.
  unset resp.http.xkey;
  unset resp.http.surrogate-key;
  unset resp.http.cache-tag;
}
