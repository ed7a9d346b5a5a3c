import random, string, base64, json, zlib, uuid, re
HEX='0123456789abcdef'; AN=string.ascii_letters+string.digits; LOW=string.ascii_lowercase+string.digits
B64U=AN+'-_'; B64=AN+'+/'; UP=string.ascii_uppercase+string.digits
def rs(r,alpha,n): return ''.join(r.choice(alpha) for _ in range(n))
def u4(r):
    b=bytearray(r.getrandbits(8) for _ in range(16)); b[6]=(b[6]&15)|64; b[8]=(b[8]&63)|128
    return str(uuid.UUID(bytes=bytes(b)))
def b64u_json(o): return base64.urlsafe_b64encode(json.dumps(o,separators=(',',':')).encode()).decode().rstrip('=')
def jwt(r,iss,alg='HS256'):
    h=b64u_json({"alg":alg,"typ":"JWT"}); t=1700000000+r.randrange(40000000)
    p=b64u_json({"iss":iss,"sub":rs(r,LOW,12),"iat":t,"exp":t+86400*r.choice([1,7,30]),"jti":u4(r)})
    return h+'.'+p+'.'+rs(r,B64U,43 if alg.startswith('HS') else 86)
B62S='0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
def b62(n,w):
    s=''
    while n: n,m=divmod(n,62); s=B62S[m]+s
    return s.rjust(w,'0')
def synapse_token(r,localpart):
    base='syt_'+base64.b64encode(localpart.encode()).decode().rstrip('=')+'_'+rs(r,AN,20)
    return base+'_'+b62(zlib.crc32(base.encode()),6)
WORDS=['modqueue','upvote','karma','fediverse','timeline','hashtag','emoji','follower','inbox','banhammer','appeal',
 'creator','payout','swipe','matchup','chatroom','sticker','reaction','badge','avatar','trustlevel','flagger','mention',
 'boost','repost','digest','subforum','moderate','lurker','newsfeed','livestream','groupchat','handle','community']
def pw(r):
    w=r.choice(WORDS)
    if r.random()<0.45: w=w.capitalize()
    return w+r.choice('-_.')+rs(r,LOW,r.randint(3,6))+rs(r,string.digits,2)
def shape(r,spec):
    out=''
    for tok in spec.split(' '):
        k,_,a=tok.partition(':')
        if k=='L': out+=a
        elif k=='H': out+=rs(r,HEX,int(a))
        elif k=='HU': out+=rs(r,HEX.upper(),int(a))
        elif k=='A': out+=rs(r,AN,int(a))
        elif k=='LO': out+=rs(r,LOW,int(a))
        elif k=='UP': out+=rs(r,UP,int(a))
        elif k=='U': out+=rs(r,B64U,int(a))
        elif k=='B': out+=rs(r,B64,int(a))
        elif k=='D': out+=str(r.randint(1,9))+rs(r,string.digits,int(a)-1)
        elif k=='UUID': out+=u4(r)
        elif k=='PW': out+=pw(r)
        elif k=='JWT': out+=jwt(r,a)
        elif k=='SYT': out+=synapse_token(r,a)
        elif k=='B64R': out+=base64.b64encode(bytes(r.getrandbits(8) for _ in range(int(a)))).decode()
        elif k=='BSKY': out+='-'.join(rs(r,string.ascii_lowercase+'234567',4) for _ in range(4))
        elif k=='SENTRY':
            p=base64.b64encode(json.dumps({"iat":1700000000+r.randrange(9**7),"url":"https://sentry.io","region_url":"https://us.sentry.io","org":rs(r,string.ascii_lowercase,8)},separators=(',',':')).encode()).decode().rstrip('=')
            out+='sntrys_'+p+'_'+rs(r,AN,43)
        else: raise ValueError(tok)
    return out
MARK='\ue000'
def place(tmpl,value,**kw):
    for k,v in kw.items(): tmpl=tmpl.replace('{'+k+'}',v)
    assert tmpl.count('{V}')==1, tmpl
    i=tmpl.index('{V}'); text=tmpl[:i]+value+tmpl[i+3:]
    return text,i,i+len(value)
def rec(id_,typ,container,text,s,e,source):
    assert text[s:e]
    return {"id":id_,"type":typ,"container":container,"text":text,"secrets":[{"value":text[s:e],"start":s,"end":e,"type":typ}],"source":source}
USERS=['mod_aiko','kwame.ts','rosa-admin','jonas_ops','ines.trust','deploy','forumbot','relaybot','tsops','payouts-svc']
HOSTS=['forum.example.org','social.example.net','chat.example.com','mod.example.org','push.example.net','pay.example.com','relay.example.org','hash.example.net','appeals.example.com','db.example.internal']
