// saxen ships no type declarations; these cover the part gridbot uses
// (src/bot/wecom/xml.ts). Event signatures follow saxen's README.
declare module 'saxen' {
  type Decode = (raw: string) => string;
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(event: 'openTag', cb: (name: string, attrs: () => Record<string, string>, decode: Decode, selfClosing: boolean) => void): this;
    on(event: 'closeTag', cb: (name: string, decode: Decode, selfClosing: boolean) => void): this;
    on(event: 'text', cb: (raw: string, decode: Decode) => void): this;
    on(event: 'cdata' | 'comment' | 'attention' | 'question', cb: (value: string) => void): this;
    on(event: 'error' | 'warn', cb: (err: Error) => void): this;
    /** Parses a whole document; resets all state first, so one parser can be reused. */
    parse(xml: string): Error | null;
  }
}
