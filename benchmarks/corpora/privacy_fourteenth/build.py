"""Regenerate privacy_fourteenth: python3 build.py (stdlib only, deterministic, seeds 14001-14006)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_vendor, gen_passwords, gen_misc, gen_prose, gen_evasions, gen_negatives  # noqa: E402
import checks  # noqa: E402
import readme  # noqa: E402


def main():
    pos = []
    for mod in (gen_vendor, gen_passwords, gen_misc, gen_prose):
        pos += mod.build(len(pos) + 1)
    eva = gen_evasions.build(1)
    neg = gen_negatives.build(1)
    stats = checks.run(pos, eva, neg)
    out = {'secrets.jsonl': pos, 'evasions.jsonl': eva, 'negatives.jsonl': neg}
    for name, recs in out.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='\n') as f:
            for x in recs:
                f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(readme.render(pos, eva, neg, stats))
    print(json.dumps({k: v for k, v in stats.items() if k != 'reused_types'}, sort_keys=True))


if __name__ == '__main__':
    main()
