import { describe, expect, it } from 'vitest';
import { pickDirectoryRecord } from '../../../src/pipeline/decide/pick-directory-record.js';

const jordan = { full_name: 'Jordan Avery', phone: '(555) 010-0199' };
const maria = { full_name: 'María José Núñez', date_of_birth: '1988-04-12' };
const otherMaria = { full_name: 'Nunez, Maria Jose', phone: '555-010-0123' };

describe('pickDirectoryRecord', () => {
  it('takes the record of the answering address before any name', () => {
    expect(pickDirectoryRecord({ byEmail: jordan, named: [] }, ['María José Núñez'])).toBe(jordan);
  });

  it('finds the one record whose name equals a given name, without accents, case or word order', () => {
    expect(pickDirectoryRecord({ byEmail: null, named: [jordan, maria] }, ['maria jose NUNEZ'])).toBe(maria);
    expect(pickDirectoryRecord({ byEmail: null, named: [jordan, maria] }, ['Nobody Here', 'Avery, Jordan'])).toBe(jordan);
  });

  it('picks no one when two records carry the name: a person decides', () => {
    expect(pickDirectoryRecord({ byEmail: null, named: [maria, otherMaria] }, ['María José Núñez'])).toBeNull();
  });

  it('picks no one without a usable name or a record with that name', () => {
    expect(pickDirectoryRecord({ byEmail: null, named: [jordan] }, [])).toBeNull();
    expect(pickDirectoryRecord({ byEmail: null, named: [jordan] }, [' , ', '...'])).toBeNull();
    expect(pickDirectoryRecord({ byEmail: null, named: [jordan, {}] }, ['Casey Morgan'])).toBeNull();
  });
});
