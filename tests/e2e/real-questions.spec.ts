import { test, expect } from '../support/site.ts';
import { percent, realQuestions, scoreQuestions } from '../support/search-eval.ts';

/**
 * Questions real people asked in public threads (tests/search/real-questions.json, each with its
 * source), typed into search. The site is tuned on one half; the other half shows how far that
 * tuning generalises, and is reported, not asserted beyond a floor.
 */
test.describe('a reader searches with the words of a real question', () => {
  test.describe.configure({ mode: 'parallel' });

  test('the tuning half finds the right page first for at least 9 in 10 questions', async ({ page }) => {
    test.setTimeout(600_000);
    const questions = realQuestions().filter((q) => q.half === 'tune');
    expect(questions.length).toBeGreaterThanOrEqual(100);
    const s = await scoreQuestions(page, questions);
    console.log(
      `Real questions, tuning half: top-1 ${percent(s.top1, s.n)}, top-3 ${percent(s.top3, s.n)}\n${s.misses.join('\n')}`,
    );
    expect(s.top1 / s.n).toBeGreaterThanOrEqual(0.9);
    expect(s.top3 / s.n).toBeGreaterThanOrEqual(0.95);
  });

  test('the held-out half is reported and stays well above chance', async ({ page }) => {
    test.setTimeout(600_000);
    const questions = realQuestions().filter((q) => q.half === 'holdout');
    expect(questions.length).toBeGreaterThanOrEqual(100);
    const s = await scoreQuestions(page, questions);
    console.log(
      `Real questions, held-out half: top-1 ${percent(s.top1, s.n)}, top-3 ${percent(s.top3, s.n)}\n${s.misses.join('\n')}`,
    );
    expect(s.top3 / s.n).toBeGreaterThanOrEqual(0.75);
  });
});
