// Synthetic keys in each provider's real format, fresh per call so no two tests share one.
import {randomBytes} from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomFrom(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  return [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
}

export const synthetic = {
  openai: () => `sk-proj-${randomFrom(ALNUM + '_-', 74)}T3BlbkFJ${randomFrom(ALNUM + '_-', 74)}`,
  anthropic: () => `sk-ant-api03-${randomFrom(ALNUM + '_-', 93)}AA`,
  /** A standard key, the kind Google announced it would stop accepting in September 2026. */
  google: () => `AIza${randomFrom(ALNUM + '_-', 35)}`,
  /** An AI Studio auth key (reference providers.md P1). */
  googleAuth: () => `AQ.${randomFrom(ALNUM + '_-', 53)}`,
  /** An OpenAI user key made in an organisation but not tied to a project (providers.md P2). */
  openaiNoProject: () =>
    `sk-None-${randomFrom(ALNUM + '_-', 74)}T3BlbkFJ${randomFrom(ALNUM + '_-', 74)}`,
  openrouter: () => `sk-or-v1-${randomFrom('0123456789abcdef', 64)}`,
  azure: () => randomFrom('0123456789abcdef', 32),
  awsAccessKeyId: () => `AKIA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: () => randomFrom(ALNUM + '+/', 40),
  bedrockApiKey: () => `ABSK${randomFrom(ALNUM + '+/', 120)}`,
  /** A short-term Bedrock API key: base64 of a presigned URL whose credential scope names its Region. */
  bedrockShortTerm: (region: string) => {
    const presigned = `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=ASIAEXAMPLEEXAMPLE00%2F20261201%2F${region}%2Fbedrock%2Faws4_request&X-Amz-Signature=0000&Version=1`;
    return `bedrock-api-key-${Buffer.from(presigned).toString('base64')}`;
  },
  cursor: () => `key_${randomFrom('0123456789abcdef', 64)}`,
};
