// What one request carried that the provider refused: its size, its content, a parameter, tool
// or field. The key and the account are fine.
import {rule, type TextRule} from './text-rules.js';

export const REQUEST_ACTION =
  'The provider refused this request, not the key: start a new chat, send a shorter context (fewer files or images), or pick another model. Rotating the key will not help.';

/** What this one request carried: its size, its content, its parameters. */
export const REQUEST_RULES: readonly TextRule[] = [
  // Anthropic keys not scoped to a workspace need its id in a header on every request
  // (y-anthropic-5, s-anthropic-10): the request as sent, with the key the next suspect.
  rule(
    /\banthropic-workspace-id\b/i,
    ['request'],
    "This Anthropic key is not scoped to a workspace: send the anthropic-workspace-id header with the workspace's id on every request (the tool's workspace setting), or use a key created inside a workspace.",
  ),
  // Another change to the same Azure resource still running (an ARM RequestConflict): this
  // request came too early; run the deployments one after another (y-azure-3).
  rule(
    /\bRequestConflict\b|Another operation is being performed on the parent resource/,
    ['request'],
    'Another change to the same Azure resource is still running: wait for it, or make the deployments run one after another (dependsOn in the template), then retry.',
  ),
  // A Responses turn chained to one the API does not keep (stored off, or expired): this
  // request's chain, not a model or a path (x-openai-10).
  rule(
    /\bprevious_response_not_found\b|Previous response with id '?[\w-]{1,80}'? not found/i,
    ['request'],
    'The request points back to an earlier response the API does not keep (it was sent with store off, or has expired): start a new chat, or have the tool stop chaining previous_response_id.',
  ),
  // The server could not read the body it was sent: this request was malformed (a client bug),
  // not a reply the client could not parse, which is the endpoint's (j-anthropic-101).
  rule(
    /request body (?:is )?not valid JSON|invalid request body|["']error["']\s{0,3}:\s{0,3}["']invalid character '[^'\n]{1,4}' looking for beginning of value|json: cannot unmarshal \w+ into Go struct field \w*Request\b|json: cannot unmarshal[^\n]{0,160}\(status code: 400\)|(?:could not|couldn't|unable to|failed to) (?:parse|decode) (?:the )?(?:JSON )?(?:request )?body|Malformed (?:input )?request/i,
    ['request'],
    'The provider could not read the request the tool sent (a malformed body): update the tool or report it there, and retry in a new chat. The key and the model are not the cause.',
  ),
  // Vertex AI's words for a request it will not take as built (an empty contents field, an empty
  // parameter): the request, unless it names the model (q-google-9, r-wrapped-4).
  rule(
    /Unable to submit request because\b(?![^\n]{0,100}\bmodels?\b)/i,
    ['request'],
    REQUEST_ACTION,
  ),
  // A message with nothing in it (an empty or whitespace-only text block): the tool built this
  // request wrong, not the key (m-bedrock-3).
  rule(
    /content blocks? must (?:contain|be|have) non[- ]?(?:whitespace|empty)|must contain non-whitespace text|messages? must have non-empty content|(?:text|content) (?:blocks? |fields? )?(?:must not|cannot|can't) be empty|\bhas an empty (?:text|content|contents|parts?|\w+) parameter\b/i,
    ['request'],
    'The request carried an empty message (a text block with no words): retry in a new chat; if it recurs, update the tool that builds the request. The key and the model are not the cause.',
  ),
  // A request the provider takes only in another form: streamed (Anthropic's long requests) or
  // with reasoning on (n-anthropic-11, n-openrouter-6); a field the provider names as invalid, a
  // safety stop, a parameter the model lacks. OpenRouter's "No endpoints found that can handle the
  // requested parameters" is its registry's (NO_ENDPOINT_FOR_REQUEST).
  rule(
    /Streaming is (?:strongly )?(?:recommended|required) for operations|\b(?:Reasoning|thinking|streaming) is mandatory\b|\bGenerateContentRequest\.[\w.\[\]]{1,80}: |element predicate failed|FinishReason\.?Safety\b|finish_?reason\W{1,6}SAFETY\b|'\$\.[\w.\[\]]{1,60}' is (?:invalid|not valid)|\bparameters? (?:is|are) not available (?:on|for|with)\b/i,
    ['request'],
    REQUEST_ACTION,
  ),
  // A validator's words for a field of this request out of bounds (Bedrock's "#/prompt: expected
  // maxLength: 2048, actual: 2459") or in a form it does not take (an attached document's name),
  // or items of a conversation out of their required order.
  rule(
    /\bexpected (?:maxLength|minLength|maxItems|minItems|maximum|minimum): \d+, actual: \d+|\bname can only contain\b|without its required (?:preceding|following) item\b/i,
    ['request'],
    REQUEST_ACTION,
  ),
  // A thread that another run still holds (OpenAI's Assistants API): this request came too early.
  rule(
    /while a run \S+ is active|already has an active run\b/i,
    ['request'],
    'The thread is still busy with another run: wait for that run to finish (or cancel it), then send again. The key and the model are not the cause.',
  ),
  // The prompt carries words the provider keeps for itself (a tool's injected header, a reserved
  // tag): this request's content, not the key (l-bedrock-14).
  rule(
    /\bis a reserved (?:keyword|word|name|tag)\b|may not be used in (?:the )?(?:system prompt|prompt|messages?)\b/i,
    ['request'],
    'The request carries text the provider reserves for itself (often added by the tool, not typed by you): update the tool or turn off what adds it, and retry in a new chat. The key and the model are not the cause.',
  ),
  // A feature of the request (tool choice, structured output, reasoning) the server serves only
  // when started with a flag: the request asks for what this deployment does not offer.
  rule(
    /\b(?:tool[ _-]?choice|tool[ _-]?calls?|tools|function[ _-]?calling|structured outputs?|response_format|json[ _-]?(?:schema|mode)|reasoning(?: output| content)?|logprobs|guided decoding)\b[^\n]{0,100}?\b(?:requires?|needs?)\b[^\n]{0,60}?(?<![\w-])--[a-z][\w-]{1,40}/i,
    ['request'],
    'The server was not started with the option this request needs (tool choice, structured output, reasoning): turn that option off in the request, or restart the server with the flag it names.',
  ),
  rule(
    /DEADLINE_EXCEEDED|unable to finish processing within the deadline/,
    ['request', 'network'],
    'The provider could not finish this request in time: usually the prompt or context is too large. Send less, or raise the client timeout; retry.',
  ),
  rule(
    /prompt is too long|longer than the maximum (?:model |context |input )?length|context size has been exceeded|exceeds? (?:the )?(?:available )?context size|exceed_context_size|\bmax_model_len\b|too many inputs\b|max(?:imum)? number of inputs\b|context[_ ]length|context window|maximum context|too many (?:input )?tokens|input (?:is )?too long|exceed(?:s|ed)? (?:the )?(?:[\d,]+ )?(?:model's |maximum |max |output |input )*(?:context|token|input)|token limit|request[_ ]too[_ ]large|request exceeds the maximum|payload too large|\b413\b|\bimages?\b[^.]{0,60}?\b(?:dimensions?|resolution|size|bytes)\b[^.]{0,40}?\b(?:exceeds?|too (?:large|big)|max)|\bimages? (?:exceeds?|is too (?:large|big))|conversation (?:is )?too long|string too long|reduce the length|max_tokens|max(?:imum)? tokens[^.\n]{0,40}exceed|prompt (?:is )?too long|RECITATION|alternate between|roles must alternate\b|multiturn requests? ends? with a user role|function (?:call|response) turn comes immediately after|number of function response parts is equal to|\bmessages?\b[^\n]{0,20}\bmust (?:use|be|have|start with) (?:the |an? )?[\"'`]?(?:user|assistant)[\"'`]? (?:role|message)\b|valid role|should be with role|roles are supported\b|Malformed (?:input|request)|(?:must not|cannot) be empty|is not specified/i,
    ['request'],
    REQUEST_ACTION,
  ),
  rule(
    /content[_ ]filter|content management policy|Content Exists Risk|content moderation|moderation (?:system|policy|filter)|blocked by (?:our |the )?(?:content|safety|moderation)|ResponsibleAIPolicy|safety (?:concerns|guidelines|settings|system)|blocked due to|flagged|violat\w+ (?:our|the) (?:usage )?polic|invalid_prompt|\bSAFETY\b|prohibited content|blockReason|\bI(?:['’]m| am) sorry,? but I (?:cannot|can['’]t|am unable to) (?:assist|help) with (?:that|this)\b/i,
    ['request'],
    "A content filter, or the model itself, refused this request: rephrase it, or use another model or provider (on Azure, the deployment's content filter decides); the key is fine.",
  ),
  // llama.cpp (and servers built on it) turns the request's tool schemas into a grammar before
  // sampling; a schema it cannot convert, or too many, fails the request (z-gateway-11 to -13).
  rule(
    /failed to parse grammar|Failed to initialize samplers/i,
    ['request'],
    'The server could not turn the tools this request sends into a grammar (llama.cpp and servers built on it): send fewer tools or simpler schemas (turn off the MCP servers and tools you do not need), or update the server. The key and model are fine.',
  ),
  rule(
    /Unsupported (?:parameter|value)|\b(?:should|must) be (?:null|omitted)\b|\bat most \d+ (?:requests|items|inputs|texts|contents) (?:can|may) be in (?:one|a single) batch|(?:Provided|The) image is not valid|\bgeneric::invalid_argument\b|\bcache_control\b|\bcannot be set to\b[^\n]{0,40}\b(?:for|with) this model|unsupported_(?:parameter|value)|cannot both be (?:specified|set|used)|mutually exclusive|cannot be (?:used|specified|set) together|(?:use|specify|set) only one\b|(?:not (?:supported|enabled)|deprecated) (?:with|by|for|on|in) (?:this model|models\/)|does not support (?:tools|tool|images?|function|system|streaming|thinking|reasoning|the )|Input does not match the expected shape|\b(?:tool|function) names? must be unique|Invalid message content|only works in thinking mode|supports at most \d+ (?:images?|files?|attachments?|tools?)\b|\bmodel\b[^.\n]{0,40}?(?:does not|doesn't) support (?!chat\b|completions?\b|generate|embeddings?\b|on-demand|this (?:endpoint|method|operation))|(?:image|vision)[^.\n]{0,40}(?:not supported|unsupported)|text input only|No tool call found|Please check your input|(?<!\bmodel\b[^\n]{0,40})is not supported (?:with|by|for|when)|Invalid schema|(?:argument|input|parameters?|tool|function)[ _]schema|schema (?:for|of) (?:the )?(?:tool|function)|(?:disabl\w+|fix|remove|turn(?:ing)? off) (?:the |your |all )?MCP servers?|invalid_function_parameters|Extra inputs are not permitted|Unrecognized request argument|unknown (?:parameter|field|name)|Invalid (?:value|type) for|does not match the provided media type|media[_ ]type|tool_use|tool_result|tool_calls?\b|tool_call_id|tool messages|function calling|JSON schema|response_format|(?:must|should) be (?:an? )?(?:array|object|string|non-empty)|is a required property|Invalid (?:'[\w.\[\]]+'|messages|tools|input)|reasoning_content|thinking (?:mode|block|is enabled)/i,
    ['request'],
    'The model refused a parameter, tool or message format of this request: start a new chat, turn off the tool or option, or pick another model.',
  ),
];

/**
 * A field of the request that validation refused: one required and missing, or one of the wrong
 * type (zod's 'Expected array, received object'). Not a key, token or login said to be required.
 */
export const REQUEST_FIELD_RULES: readonly TextRule[] = [
  rule(
    /(?<!(?:key(?!words?)|token(?!s)|secret|password|credential|authentication|authori[sz]ation|login|sign[- ]?in|session|subscription|plan)[^.\n]{0,40})\b(?:is|are) required\. (?:Either |Please )?(?:provide|specify|set|pass|include|add|supply)\b|\bmissing (?:a )?required (?:field|parameter|argument|property|input)s?\b(?![^\n]{0,24}(?:key|token|secret|auth))|\brequired (?:field|parameter|argument|property) (?:is |was )?(?:missing|not (?:provided|set|given))|"expected":\s{0,3}"\w{1,30}",\s{0,3}"received":|\bExpected \w{1,20}, received \w{1,20}\b|"code":\s{0,3}"invalid_type"/i,
    ['request'],
    REQUEST_ACTION,
  ),
];

/** Refusal words that name no layer of their own: what this request carried, ranked low. */
export const WEAK_REQUEST_RULES: readonly TextRule[] = [
  rule(
    /\btoo (?:long|large|big)\b|exceeds?\b(?![^.\n]{0,40}rate limit)[^.\n]{0,30}\b(?:limit|maximum)|(?<!\d)\d+ tokens? > \d+|input length|token count|not supported|unsupported|Invalid parameter|unexpected keyword|Unknown argument|Only the default|must be (?:less|greater|at most|at least|one of)|invalid (?:image|file|format|input|value|argument|request body|JSON|content)|Field required|validation error|Input should be|\b(?:messages|tools|contents)(?:\.\d+|\[\d+\])|Bad Request|(?:tool|schema|function)\b[^.\n]{0,80}\b(?:incompatible|not compatible) with/i,
    ['request'],
    REQUEST_ACTION,
  ),
];
