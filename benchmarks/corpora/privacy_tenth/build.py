import sys
sys.dont_write_bytecode = True
import gen_vendor, gen_passwords, gen_prose
recs = gen_vendor.build() + gen_passwords.build() + gen_prose.build()
print(len(recs), sum(len(r['secrets']) for r in recs), len({r['container'] for r in recs}), len({s['type'] for r in recs for s in r['secrets']}))
