/**
 * The subset of chrome.declarativeNetRequest.Rule that Hifazat compiles, declared as plain data so the compiler is
 * a pure function testable in Node.
 */
export type ResourceType =
  'main_frame' | 'sub_frame' | 'xmlhttprequest' | 'script' | 'image' | 'media' | 'websocket' | 'other';

export interface RuleCondition {
  requestMethods?: ('get' | 'post' | 'head' | 'put' | 'delete' | 'patch' | 'options' | 'connect' | 'other')[];
  requestDomains?: string[];
  excludedRequestDomains?: string[];
  regexFilter?: string;
  urlFilter?: string;
  resourceTypes?: ResourceType[];
}

export type RuleAction =
  | { type: 'block' }
  | { type: 'allow' }
  | { type: 'allowAllRequests' }
  | {
      type: 'redirect';
      redirect: {
        extensionPath?: string;
        regexSubstitution?: string;
        url?: string;
        transform?: { queryTransform: { addOrReplaceParams: { key: string; value: string }[] } };
      };
    }
  | {
      type: 'modifyHeaders';
      requestHeaders: { header: string; operation: 'set' | 'remove'; value?: string }[];
    };

export interface DnrRule {
  id: number;
  priority: number;
  action: RuleAction;
  condition: RuleCondition;
}
