import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BankQuestion } from '@/features/quiz/api/question-bank';
import { MAX_IMAGE_BYTES, QuestionEditor } from '@/features/quiz/components/question-editor';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

afterEach(() => vi.unstubAllGlobals());

const question: BankQuestion = {
  questionId: 41,
  version: 1,
  topic: 'Kỹ năng số',
  difficulty: 'EASY',
  stem: 'Ứng dụng định danh điện tử quốc gia là gì?',
  image: null,
  multiple: false,
  options: [
    { text: 'VNeID', correct: true },
    { text: 'Zalo', correct: false },
  ],
  explanation: null,
};

const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('QuestionEditor', () => {
  it('saves the edited wording with a PNG image as a new version', async () => {
    const api = mockApi({ 'PUT /api/quiz/questions/41': ({ body }) => json({ ...(body as object), questionId: 41, version: 2 }) });
    const onDone = vi.fn();
    renderWithProviders(<QuestionEditor courseId={3} question={question} onDone={onDone} />);

    fireEvent.change(screen.getByTestId('bank-edit-stem'), { target: { value: 'Biểu tượng trong hình là của ứng dụng nào?' } });
    fireEvent.change(screen.getByTestId('bank-edit-image'), {
      target: { files: [new File([PNG_BYTES], 'bieu-tuong.png', { type: 'image/png' })] },
    });
    expect(await screen.findByTestId('bank-edit-preview')).toHaveAttribute('src', expect.stringMatching(/^data:image\/png;base64,iVBORw0KGgo/));
    fireEvent.click(screen.getByTestId('bank-edit-save'));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const sent = api.callsTo('PUT', '/api/quiz/questions/41')[0]?.body as { stem: string; image: string; options: unknown };
    expect(sent.stem).toBe('Biểu tượng trong hình là của ứng dụng nào?');
    expect(sent.image).toMatch(/^data:image\/png;base64,/);
    expect(sent.options).toEqual(question.options);
    expect(screen.getByText(/phiên bản 2/)).toBeInTheDocument();
  });

  it('refuses an image that is not PNG or JPEG, or too large, before sending', async () => {
    const api = mockApi({});
    renderWithProviders(<QuestionEditor courseId={3} question={question} onDone={() => undefined} />);

    fireEvent.change(screen.getByTestId('bank-edit-image'), {
      target: { files: [new File(['GIF89a'], 'hinh.gif', { type: 'image/gif' })] },
    });
    expect(await screen.findByTestId('bank-edit-problem')).toHaveTextContent('PNG hoặc JPEG');
    fireEvent.change(screen.getByTestId('bank-edit-image'), {
      target: { files: [new File([new Uint8Array(MAX_IMAGE_BYTES + 1)], 'lon.png', { type: 'image/png' })] },
    });
    expect(await screen.findByTestId('bank-edit-problem')).toHaveTextContent('512 KB');
    expect(screen.queryByTestId('bank-edit-preview')).toBeNull();
    expect(api.calls).toHaveLength(0);
  });

  it('needs a correct option, and shows the server refusal', async () => {
    mockApi({
      'PUT /api/quiz/questions/41': () => problem(400, { title: 'Câu hỏi không hợp lệ', detail: 'Câu hỏi chưa đúng: image-not-png-or-jpeg.' }),
    });
    renderWithProviders(<QuestionEditor courseId={3} question={question} onDone={() => undefined} />);

    fireEvent.click(screen.getByTestId('bank-edit-correct-0'));
    fireEvent.click(screen.getByTestId('bank-edit-save'));
    expect(await screen.findByTestId('bank-edit-problem')).toHaveTextContent('ít nhất một đáp án đúng');

    fireEvent.click(screen.getByTestId('bank-edit-correct-1'));
    fireEvent.click(screen.getByTestId('bank-edit-save'));
    expect(await screen.findByText(/image-not-png-or-jpeg/)).toBeInTheDocument();
  });
});
