import {expect, test} from 'vitest';
import {balancedObjects, matchingBrace} from '../../source/core/balanced-braces.js';

test('braces inside JSON strings and Python repr strings do not count', () => {
  const json = 'log: {"error": {"message": "a } in text"}} tail';
  expect(json.slice(json.indexOf('{'), matchingBrace(json, json.indexOf('{')))).toBe(
    '{"error": {"message": "a } in text"}}',
  );
  const repr = "Error code: 401 - {'error': {'message': 'bad } key'}}";
  expect(matchingBrace(repr, repr.indexOf('{'))).toBe(repr.length);
  expect(matchingBrace('{"open": 1', 0)).toBe(-1);
});

test('every top-level object in order, up to the limit', () => {
  expect(balancedObjects('a {"x":1} b {"y":{"z":2}} c {"w":3}', 2)).toEqual([
    '{"x":1}',
    '{"y":{"z":2}}',
  ]);
  expect(balancedObjects('no objects', 8)).toEqual([]);
});
