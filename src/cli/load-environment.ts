import fs from 'node:fs';
import dotenv from 'dotenv';
import { loadConfig, type Config } from '../config.js';

/**
 * The environment with `.env` (in the working directory) filled in underneath it: variables
 * already set in the real environment win, as operators expect.
 */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): NodeJS.ProcessEnv {
  if (!fs.existsSync(envFile)) return env;
  return { ...dotenv.parse(fs.readFileSync(envFile)), ...env };
}

export function configFromEnvironment(): Config {
  return loadConfig(readEnvironment());
}
