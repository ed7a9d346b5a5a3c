#!/usr/bin/env python3
"""p111 builder: stdlib only, fixed seeds, generates twice, checks, then writes."""
import json, os, re, sys, random, copy
HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
from common111 import *
import gen_everyday111, gen_vendor111, gen_passwords111, gen_prose111, gen_negatives111, enc111, dec111
OUT=HERE; BRIEF='/tmp/brief111'
def extract_denylist():
    txt=''.join(open(os.path.join(BRIEF,f),encoding='utf-8').read() for f in sorted(os.listdir(BRIEF)) if f.endswith('.md'))
    names=set()
    for m in re.findall(r'`([^`]+)`',txt):
        names.add(m.lower()); names.update(p.lower() for p in m.split('__') if p)
    for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b',txt):
        names.add(m.lower()); names.update(p.lower() for p in m.split('__') if p)
    langs=set()
    for code,name in re.findall(r'`([a-z]{3})` \(([^)]+)\)',txt):
        langs.add(code); langs.update(w.lower() for w in name.split())
    words=set(w.lower() for w in re.findall(r'[A-Za-zÀ-ÿ]+',txt))
    return {"names":sorted(names),"lang":sorted(langs),"words":sorted(words)}
def load_deny():
    fz=os.path.join(HERE,'brief_names.json')
    if os.path.isdir(BRIEF):
        d=extract_denylist()
        if os.path.exists(fz): assert json.load(open(fz))==d,'deny-list drifted'
        else: json.dump(d,open(fz,'w'),indent=0)
    return json.load(open(fz))
WORDINGS=['modqueue_handover_puzzle','fedi_admin_chat_aside','payout_audit_margin_note']
EVT=[('sc_evasion_mod_panel_password',lambda r:pw(r)),('sc_evasion_hash_api_token',lambda r:rs(r,HEX,40)),('sc_evasion_push_service_key',lambda r:rs(r,AN,32))]
def gen_evasions():
    r=random.Random(11105); out=[]
    for i,name in enumerate(enc111.RULES):
        for j in range(3):
            typ,f=EVT[(i+j)%3]; p=f(r); run=enc111.e(name,p,r)
            wd=WORDINGS[j]; lead={'modqueue_handover_puzzle':'Handover: the credential for the mod queue is written ','fedi_admin_chat_aside':'(so the chat scraper does not catch it) here it is, written ','payout_audit_margin_note':'Audit margin note: value recorded '}[wd]
            text=lead+enc111.RULES[name]+':\n'; s=len(text); text+=run+'\n(decode it yourself, do not paste the result here)\n'
            out.append((typ,name+'__'+wd,text,s,s+len(run),p,name))
    return out
def pick_langs(deny):
    N=set(deny['names']); LG=set(deny['lang']); W=set(deny['words']); used=[]; excl=[]
    for c3,c1,name,sent in gen_prose111.L:
        bad=c3 in N or c3 in LG or c1 in N or c1 in LG or any(w.lower() in LG or w.lower() in W for w in name.split())
        (excl if bad else used).append((c3,c1,name,sent))
    return used[:40],excl,used[40:]
def generate(deny):
    langs,excl,spare=pick_langs(deny)
    S=[]
    for src,items in (('everyday',gen_everyday111.gen()),('vendor',gen_vendor111.gen()),('password',gen_passwords111.gen()),('prose',gen_prose111.gen(langs))):
        for typ,cont,text,s,e in items:
            S.append(rec('p111-s-%04d'%(len(S)+1),typ,cont,text,s,e,src))
    E=[]
    for typ,cont,text,s,e,p,name in gen_evasions():
        d=rec('p111-e-%04d'%(len(E)+1),typ,cont,text,s,e,'evasion'); d['encoding']=name
        d['secrets'][0]['plain']=p; d['secrets'][0]['encoding']=name; E.append(d)
    N=[{"id":'p111-n-%04d'%(i+1),"class":c,"container":k,"text":t,"source":"negative"} for i,(c,k,t) in enumerate(gen_negatives111.gen())]
    return S,E,N,(langs,excl,spare)
def dumps(rows): return ''.join(json.dumps(x,ensure_ascii=False)+'\n' for x in rows)
def own_names():
    n={}
    n['everyday_kind']=[k for k,_ in gen_everyday111.KINDS]; n['everyday_type']=[t[0] for t in gen_everyday111.TYPES]
    n['vendor_type']=[t[0] for t in gen_vendor111.V]; n['vendor_style']=[s for s,_ in gen_vendor111.STYLES]
    n['password_syntax']=[p[0] for p in gen_passwords111.P]; n['password_suffix']=list(gen_passwords111.SUF.values())
    n['prose_format']=[f for f,_ in gen_prose111.FORMATS]; n['prose_type']=[gen_prose111.TYPE]
    n['encoding']=list(enc111.RULES); n['evasion_wording']=WORDINGS; n['evasion_type']=[t for t,_ in EVT]
    n['negative_class']=list(gen_negatives111.C); n['negative_kind']=[k for ks in gen_negatives111.C.values() for k,_ in ks]
    n['negative_wrapper']=[w.strip('_') for w,_ in gen_negatives111.WRAP if w]
    return n
def check(S,E,N,deny,langinfo):
    errs=[]; names=set(deny['names']); W=set(deny['words'])
    pre={'s':S,'e':E,'n':N}
    for k,rows in pre.items():
        ids=[x['id'] for x in rows]
        if len(set(ids))!=len(ids) or any(not re.fullmatch(r'p111-%s-\d{4}'%k,i) for i in ids): errs.append('bad ids '+k)
    vals=[]
    for x in S+E:
        want={'id','type','container','text','secrets','source'}|({'encoding'} if x['source']=='evasion' else set())
        if set(x)!=want: errs.append('fields '+x['id'])
        sp=x['secrets'][0]
        if len(x['secrets'])!=1 or x['text'][sp['start']:sp['end']]!=sp['value'] or sp['value']!=sp['value'].strip(): errs.append('offset '+x['id'])
        if x['type']!=sp['type']: errs.append('type '+x['id'])
        if x['text'].count(sp['value'])!=1: errs.append('occurs '+x['id'])
        vals.append((x['id'],sp['value']))
        if x['source']=='evasion':
            vals.append((x['id'],sp['plain']))
            if dec111.decode(x['encoding'],sp['value'])!=sp['plain']: errs.append('decode '+x['id'])
            if x['text'].find(enc111.RULES[x['encoding']])<0 or x['text'].find(enc111.RULES[x['encoding']])>sp['start']: errs.append('rule '+x['id'])
            if sp['plain'] in x['text'] or not re.fullmatch(r'[A-Za-z0-9_.-]+',sp['plain']): errs.append('plain '+x['id'])
    for x in N:
        if set(x)!={'id','class','container','text','source'}: errs.append('nfields '+x['id'])
    if len(set(x['text'] for x in N))!=len(N): errs.append('dup negative')
    allv=[v for _,v in vals]
    if len(set(allv))!=len(allv): errs.append('value reused')
    texts=[(x['id'],x['text']) for x in S+E+N]
    for vid,v in vals:
        for tid,t in texts:
            if tid!=vid and v in t: errs.append('leak %s in %s'%(vid,tid)); break
    for tid,t in texts:
        if '\ue000' in t or '\x00' in t or 'PRIVATE KEY' in t: errs.append('marker '+tid)
    # deny-list overlap
    own=own_names()
    for cat,lst in own.items():
        if len(set(lst))!=len(lst): errs.append('dup own name '+cat)
        for nm in lst:
            for part in [nm]+nm.split('__'):
                if part.lower() in names: errs.append('DENY %s: %s'%(cat,part))
    for x in S+E+N:
        for f in ('container','class','encoding'):
            if f in x:
                for part in [x[f]]+x[f].split('__'):
                    if part.lower() in names: errs.append('DENY rec %s %s'%(x['id'],part))
        for sp in x.get('secrets',[]):
            if sp['type'].lower() in names: errs.append('DENY type '+sp['type'])
    for typ,vend,_,_ in gen_vendor111.V:
        if vend in W: errs.append('vendor word in READMEs: '+vend)
    langs,excl,spare=langinfo
    if len(langs)!=40: errs.append('langs %d'%len(langs))
    # counts
    from collections import Counter
    c=Counter(x['source'] for x in S)
    if c['everyday']!=180 or not 100<=c['vendor']<=140 or not 90<=c['password']<=125 or c['prose']!=40: errs.append('counts %s'%c)
    if len(E)!=66 or Counter(x['encoding'] for x in E)!=Counter({k:3 for k in enc111.RULES}): errs.append('evasion counts')
    if len(set(x['class'] for x in N))!=16 or len(N)<180: errs.append('neg counts')
    tsets=[set(x['type'] for x in S if x['source']==s) for s in ('everyday','vendor','password','prose')]
    for i in range(4):
        for j in range(i+1,4):
            if tsets[i]&tsets[j]: errs.append('type overlap')
    return errs
def mutations(S,E,N,deny,li):
    muts=[]
    def m1(S,E,N): S[0]['secrets'][0]['start']+=1
    def m2(S,E,N): N[0]['text']+=S[5]['secrets'][0]['value']
    def m3(S,E,N): E[0]['secrets'][0]['plain']+='x'
    def m4(S,E,N): S[3]['text']+=' '+S[3]['secrets'][0]['value']
    def m5(S,E,N): N[1]['text']=N[0]['text']
    def m6(S,E,N): S[2]['text']+='-----BEGIN PRIVATE KEY-----'
    def m7(S,E,N): N[0]['container']='ascii85_adobe_delimited'
    def m8(S,E,N): S[0]['id']='p110-s-0001'
    def m9(S,E,N): S[0]['container']='farm_erp_odoo_conf_ini'
    def m10(S,E,N): S[1]['container']='x__ocpp_forum_puzzle_post'
    def m11(S,E,N): S[9]['text']+=E[4]['secrets'][0]['plain']
    def m12(S,E,N): E[2]['text']=E[2]['text'].replace(enc111.RULES[E[2]['encoding']],'in some notation')
    for f in (m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12):
        s,e,n=copy.deepcopy(S),copy.deepcopy(E),copy.deepcopy(N); f(s,e,n)
        if not check(s,e,n,deny,li): muts.append(f.__name__)
    # language mutation: deny-listed language must be refused
    fake=dict(deny); 
    if ('isl','is','Icelandic','') and 'is' not in deny['names'] and 'isl' not in deny['lang']: pass
    return muts
def main():
    deny=load_deny()
    A=generate(deny); B=generate(deny)
    for a,b in zip(A[:3],B[:3]): assert dumps(a)==dumps(b),'nondeterministic'
    S,E,N,li=A
    errs=check(S,E,N,deny,li)
    if errs: print('\n'.join(errs[:60])); sys.exit(1)
    bad=mutations(S,E,N,deny,li)
    if bad: print('mutations not caught:',bad); sys.exit(1)
    import readme111
    r1=readme111.render(S,E,N,li,deny); r2=readme111.render(*generate(deny),deny)
    assert r1==r2
    for fn,rows in (('secrets.jsonl',S),('evasions.jsonl',E),('negatives.jsonl',N)):
        open(os.path.join(OUT,fn),'w',encoding='utf-8').write(dumps(rows))
    open(os.path.join(OUT,'README.md'),'w',encoding='utf-8').write(r1)
    print('ok', len(S), len(E), len(N))
if __name__=='__main__': main()
