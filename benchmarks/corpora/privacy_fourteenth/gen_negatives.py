"""Negatives driver (seed 14006): 15 classes x 7 kinds x 2 copies + 14 documentation examples."""
import random
import gen_negatives_a
import gen_negatives_b

WRAP = [('__in_code_review_note', 'Reviewer note: this is fine to commit, nothing secret here.\n\n{}'),
        ('__in_chat_paste', '[10:02] sam: pasting for context\n[10:02] sam: {}'),
        ('__in_ticket_comment', 'Comment by QA:\n{}\n(no action needed)\n')]


def build(start_id):
    r = random.Random(14006)
    out = []

    def add(cls, kind, text):
        out.append({'id': 'p14-n-%04d' % (start_id + len(out)), 'class': cls, 'container': kind,
                    'text': text, 'source': 'gen_negatives'})
    for kind, fn in gen_negatives_a.DOCS:
        add('documentation_example_value', kind, fn(r))
    classes = dict(gen_negatives_a.CLASSES)
    classes.update(gen_negatives_b.CLASSES)
    for cls in sorted(classes):
        for i, (kind, fn) in enumerate(classes[cls]):
            add(cls, kind, fn(r))
            w = WRAP[(i + len(out)) % len(WRAP)]
            add(cls, kind + w[0], w[1].format(fn(r)))
    return out
