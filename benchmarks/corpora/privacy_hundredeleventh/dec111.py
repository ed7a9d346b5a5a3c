# independent decoder: gets only the encoding name and the run
import re, math
_SYM='H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa'
ATOMIC={s:i+1 for i,s in enumerate(_SYM.split())}
RV={'M':1000,'D':500,'C':100,'L':50,'X':10,'V':5,'I':1}
def from_roman(s):
    t=0
    for i,ch in enumerate(s):
        v=RV[ch]
        if i+1<len(s) and RV[s[i+1]]>v: t-=v
        else: t+=v
    return t
def decode(name,run):
    T=run.split()
    if name=='roman_numeral_code_points': return ''.join(chr(from_roman(x)) for x in T)
    if name=='zeckendorf_fibonacci_sums': return ''.join(chr(sum(int(y) for y in x.split('+'))) for x in T)
    if name=='prime_factor_products':
        out=''
        for x in T:
            v=1
            for f in x.split('*'):
                b,_,k=f.partition('^'); v*=int(b)**int(k or 1)
            out+=chr(v)
        return out
    if name=='filled_hollow_circle_bits': return bytes(int(x.translate({0x25cf:'1',0x25cb:'0'}),2) for x in T).decode()
    if name=='element_symbols_minus_thirty_two': return ''.join(chr(ATOMIC[x]+32) for x in run.split('-'))
    if name=='clock_duration_code_points': return ''.join(chr(int(m)*60+int(s)) for m,s in (x.split(':') for x in T))
    if name=='xor_5a_hex_bytes': return bytes(int(x,16)^90 for x in T).decode()
    if name=='running_total_code_points':
        n=[int(x) for x in T]; return ''.join(chr(b-a) for a,b in zip([0]+n,n))
    if name=='delta_from_previous_code_points':
        acc=[];cur=0
        for x in T: cur=int(x) if not acc else cur+int(x); acc.append(chr(cur))
        return ''.join(acc)
    if name=='bit_reversed_byte_hex':
        assert re.fullmatch('(?:[0-9A-F]{2})+',run)
        return bytes(int(bin(int(run[i:i+2],16))[2:].zfill(8)[::-1],2) for i in range(0,len(run),2)).decode()
    if name=='gray_code_byte_bits':
        out=[]
        for x in T:
            g=int(x,2); b=g; s=g>>1
            while s: b^=s; s>>=1
            out.append(b)
        return bytes(out).decode()
    if name=='negabinary_code_points': return ''.join(chr(sum(int(d)*(-2)**k for k,d in enumerate(reversed(x)))) for x in T)
    if name=='balanced_ternary_code_points': return ''.join(chr(sum({'+':1,'0':0,'-':-1}[d]*3**k for k,d in enumerate(reversed(x)))) for x in T)
    if name=='factoradic_code_points':
        return ''.join(chr(sum(int(d)*math.factorial(k) for k,d in enumerate(reversed(x.split(':'))))) for x in T)
    if name=='spreadsheet_column_letters':
        out=''
        for x in T:
            v=0
            for ch in x: v=v*26+(ord(ch)-64)
            out+=chr(v)
        return out
    if name=='decoy_interleave_odd_positions': return run[0::2]
    if name=='thirteenfold_code_points':
        out=''
        for x in run.split(','):
            q,m=divmod(int(x),13); assert m==0; out+=chr(q)
        return out
    if name=='keycap_emoji_decimal_codes': return ''.join(chr(int(re.sub(r'[\ufe0f\u20e3]','',x))) for x in T)
    if name=='septenary_triplet_bytes': return bytes(int(x,7) for x in T).decode()
    if name=='dna_nucleotide_quads': return bytes(int(x.translate(str.maketrans('ACGT','0123')),4) for x in T).decode()
    if name=='big_endian_u16_decimal_pairs':
        bb=b''.join(int(x).to_bytes(2,'big') for x in T)
        return bb.rstrip(b'\x00').decode()
    if name=='random_addend_pairs': return ''.join(chr(int(a)+int(b)) for a,b in (x.split('+') for x in T))
    raise KeyError(name)
