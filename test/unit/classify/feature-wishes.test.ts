import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const read = (subject: string, body: string) =>
  classifyMessage({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// A wish for a product feature ("it would be nice if users could ...") names deletion or export
// as what the product should offer; it asks nothing of the writer's own data.
describe('a feature wished for the product is no request', () => {
  it.each([
    ['Clearing history', 'It would be nice if it were possible to erase my old reading history without closing the profile.'],
    ['Idea', "It'd be great to have an option to remove all my saved notes at once."],
    ['Suggestion', 'It would be useful if users could delete their uploaded photos in one go.'],
  ])('%s -> no deletion', (subject, body) => {
    const c = read(subject, body);
    expect(c.requestTypes).not.toContain('deletion');
    expect(c.category).not.toBe('privacy_request');
  });

  it('a polite ask addressed to "you" is still a deletion request', () => {
    const c = read('My account', 'It would be great if you could delete my account and my personal information.');
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toContain('deletion');
  });
});

// "Please help me where I can start the deletion" asks where to go: a question about procedure.
describe('asking to be shown where or how to make a request', () => {
  it.each([
    'I cannot find any way to close my profile. Please help me where I can start the erasure or send my request.',
    'Could you tell me how I can get my account removed? The settings page shows nothing.',
  ])('%s -> question', (body) => {
    const c = read('Closing my profile', body);
    expect(c.category).toBe('question');
  });
});

// Issue 16, real texts 18g: a feature asked of the product, and whether something is possible.
describe('a feature asked of the product, or whether it is possible', () => {
  it.each([
    ["Can't delete my account", "I can't delete my information from the site. Please add the ability to remove my information from the site."],
    ['Export data', 'Hi, would it be possible to add an option to export the data?'],
    ['Remove Account Function', 'I miss a function to remove my account on your service.'],
    ['How to close my account??', 'I want to know if it is possible to delete two accounts from this service.'],
    // Issue 16, real texts 19g.
    ['Export functionality', "I moved my server. Could you tell if it's possible to export the data as a CSV?"],
    // Issue 16, real texts 22g: an option given to users, a feature where people can act.
    ['Tracking opt-out', 'Your extension includes an analytics tracker. Please give users the option to opt out of tracking.'],
    ['Provision to remove data', 'Please implement a feature where people can remove their personal data from the website.'],
  ])('%s -> question', (subject, body) => {
    expect(classifyMessage({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: null }).category).toBe('question');
  });

  it('adding data to remove is no feature: "please add my new address and remove the old one" asks', () => {
    expect(read('Address', 'Please delete my old address and add the new one: 12 Elm St.').category).toBe('privacy_request');
  });
});
