/**
 * A Java model class whose doc comment carries a JSON sample with a prose value (our own writing):
 * the shape code34 reads a text from, shared by the tests of that reading and of its linearity.
 */
export function javaBean(value: string, sep = ''): string {
  return [
    'package com.example.model;',
    '',
    'import java.io.Serializable;',
    'import java.util.List;',
    '',
    'public class TalkDetail implements Serializable {',
    '    /**',
    `     * answer : [{"reply":${sep}"${value}"}]`,
    '     */',
    '    private List<AnswerBean> answer;',
    '',
    '    public List<AnswerBean> getAnswer() {',
    '        return answer;',
    '    }',
    '',
    '    public int size() {',
    '        return answer.size();',
    '    }',
    '}',
    '',
  ].join('\n');
}
