// With a custom OpenAI base URL, Cursor sends Responses-API-shaped input (`input`, not
// `messages`) to `/chat/completions` (a gateway vendor's docs, https://docs.litellm.ai/docs/proxy/cursor,
// 2026; not Cursor's own statement). A gateway that validates `messages` then refuses every
// request in words like these. Recognised from the answer alone: no extra request is sent.
import type {Layer} from '../../layers.js';

const MESSAGES_REQUIRED =
  /Missing required parameter: '?messages'?|\bmessages\b[^\n]{0,40}?(?:Field required|is required|required property|expected array, received undefined)|\bmessages must be an array\b|\bfield messages is required\b|Unrecognized request argument supplied: input\b/i;

export interface ShapeRefusal {
  layer: Layer;
  alsoPossible: Layer[];
  action: string;
}

/** The base-url finding when a gateway refused the request for lacking `messages`, else null. */
export function responsesShapeRefusal(message: string): ShapeRefusal | null {
  if (!MESSAGES_REQUIRED.test(message)) return null;
  return {
    layer: 'base-url',
    alsoPossible: ['request'],
    action:
      "The endpoint behind the custom base URL wants Chat Completions `messages`, but Cursor sends the Responses API's `input` to /chat/completions when a base URL is overridden: use a gateway (or its Cursor mode) that accepts that shape, or turn Override OpenAI Base URL off.",
  };
}
