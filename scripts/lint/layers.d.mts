import type { Rule } from 'eslint';
export declare const layers: {
  rules: { 'no-db-in-client': Rule.RuleModule; 'no-import-from': Rule.RuleModule };
};
