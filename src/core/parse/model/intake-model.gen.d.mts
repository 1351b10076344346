/**
 * The type of the generated model module (`npm run train` writes the .mjs
 * beside this file as plain JavaScript, so it is loaded without the
 * TypeScript transform; see scripts/train.ts).
 */
export declare const MODEL_BASE64: string;
