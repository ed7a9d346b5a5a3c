# encoders (written separately from dec111)
ELEM=('H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og').split()
def roman(n):
    out=''
    for v,s in [(100,'C'),(90,'XC'),(50,'L'),(40,'XL'),(10,'X'),(9,'IX'),(5,'V'),(4,'IV'),(1,'I')]:
        while n>=v: out+=s; n-=v
    return out
def zeck(n):
    f=[1,2]
    while f[-1]<=n: f.append(f[-1]+f[-2])
    parts=[]
    for x in reversed(f):
        if x<=n: parts.append(x); n-=x
    return '+'.join(map(str,parts))
def pfac(n):
    parts=[];p=2
    while n>1:
        k=0
        while n%p==0: n//=p;k+=1
        if k: parts.append(str(p) if k==1 else '%d^%d'%(p,k))
        p+=1
    return '*'.join(parts)
def negabin(n):
    if n==0: return '0'
    s=''
    while n: n,rm=divmod(n,-2); 
    return None
def nb(n):
    s=''
    while n!=0:
        rm=n%2; s=str(rm)+s; n=(n-rm)//-2
    return s or '0'
def bt(n):
    s=''
    while n:
        rm=n%3
        if rm==2: s='-'+s; n=(n+1)//3
        else: s=('0' if rm==0 else '+')+s; n//=3
    return s
def fact(n):
    d=[];i=1
    while n: d.append(n%i); n//=i; i+=1
    return ':'.join(map(str,reversed(d)))
def col(n):
    s=''
    while n: n,rm=divmod(n-1,26); s=chr(65+rm)+s
    return s
def rbits(b): return int(format(b,'08b')[::-1],2)
KEYCAP='\ufe0f\u20e3'
def e(name,p,r):
    cps=[ord(c) for c in p]; bs=p.encode()
    if name=='roman_numeral_code_points': return ' '.join(roman(c) for c in cps)
    if name=='zeckendorf_fibonacci_sums': return ' '.join(zeck(c) for c in cps)
    if name=='prime_factor_products': return ' '.join(pfac(c) for c in cps)
    if name=='filled_hollow_circle_bits': return ' '.join(format(b,'08b').replace('1','●').replace('0','○') for b in bs)
    if name=='element_symbols_minus_thirty_two': return '-'.join(ELEM[c-33] for c in cps)
    if name=='clock_duration_code_points': return ' '.join('%d:%02d'%divmod(c,60) for c in cps)
    if name=='xor_5a_hex_bytes': return ' '.join('%02x'%(b^0x5a) for b in bs)
    if name=='running_total_code_points':
        t=0;o=[]
        for c in cps: t+=c;o.append(str(t))
        return ' '.join(o)
    if name=='delta_from_previous_code_points':
        return ' '.join([str(cps[0])]+['%+d'%(cps[i]-cps[i-1]) for i in range(1,len(cps))])
    if name=='bit_reversed_byte_hex': return ''.join('%02X'%rbits(b) for b in bs)
    if name=='gray_code_byte_bits': return ' '.join(format(b^(b>>1),'08b') for b in bs)
    if name=='negabinary_code_points': return ' '.join(nb(c) for c in cps)
    if name=='balanced_ternary_code_points': return ' '.join(bt(c) for c in cps)
    if name=='factoradic_code_points': return ' '.join(fact(c) for c in cps)
    if name=='spreadsheet_column_letters': return ' '.join(col(c) for c in cps)
    if name=='decoy_interleave_odd_positions':
        return ''.join(c+r.choice('qwxzkjQWXZKJ0123456789') for c in p)
    if name=='thirteenfold_code_points': return ','.join(str(c*13) for c in cps)
    if name=='keycap_emoji_decimal_codes': return ' '.join(''.join(d+KEYCAP for d in str(c)) for c in cps)
    if name=='septenary_triplet_bytes':
        return ' '.join(''.join(str(b//49%7)+str(b//7%7)+str(b%7)) for b in bs)
    if name=='dna_nucleotide_quads':
        return ' '.join(''.join('ACGT'[(b>>s)&3] for s in (6,4,2,0)) for b in bs)
    if name=='big_endian_u16_decimal_pairs':
        bb=bs+(b'\x00' if len(bs)%2 else b'')
        return ' '.join(str(int.from_bytes(bb[i:i+2],'big')) for i in range(0,len(bb),2))
    if name=='random_addend_pairs':
        o=[]
        for c in cps: a=r.randint(1,c-1); o.append('%d+%d'%(a,c-a))
        return ' '.join(o)
    raise KeyError(name)
RULES={
'roman_numeral_code_points':'as each character\'s decimal code point in Roman numerals, space-separated',
'zeckendorf_fibonacci_sums':'as each code point written as a sum of Fibonacci numbers (add them up), sums space-separated',
'prime_factor_products':'as each code point written as its prime factorisation (multiply out, ^ is a power), space-separated',
'filled_hollow_circle_bits':'as eight circles per UTF-8 byte, ● for a 1 bit and ○ for a 0 bit, most significant bit first, bytes space-separated',
'element_symbols_minus_thirty_two':'as chemical element symbols joined by hyphens: each character is the element whose atomic number is its code point minus 32',
'clock_duration_code_points':'as each code point written as a duration m:ss (minutes x 60 + seconds), space-separated',
'xor_5a_hex_bytes':'as each UTF-8 byte XORed with 0x5a, in hex, space-separated',
'running_total_code_points':'as running totals of the code points (each number minus the previous one is the next code point), space-separated',
'delta_from_previous_code_points':'as the first code point followed by signed differences to the previous code point, space-separated',
'bit_reversed_byte_hex':'as hex pairs, one per UTF-8 byte with its eight bits written in reverse order, no separators',
'gray_code_byte_bits':'as each UTF-8 byte in 8-bit reflected Gray code (b XOR b>>1), space-separated',
'negabinary_code_points':'as each code point in base -2 (digit k is worth (-2)^k), space-separated',
'balanced_ternary_code_points':'as each code point in balanced ternary with + for 1, 0 for 0 and - for -1, most significant trit first, space-separated',
'factoradic_code_points':'as each code point in the factorial number system (digits colon-separated, the last digit is worth 0!, the one before 1!, then 2!, ...), space-separated',
'spreadsheet_column_letters':'as each code point written like a spreadsheet column label (A=1 ... Z=26, AA=27), space-separated',
'decoy_interleave_odd_positions':'with a decoy character after every real one; keep the 1st, 3rd, 5th ... characters',
'thirteenfold_code_points':'as each code point multiplied by 13, comma-separated (divide by 13)',
'keycap_emoji_decimal_codes':'as decimal code points written with keycap emoji digits, space-separated',
'septenary_triplet_bytes':'in base 7, three base-7 digits per UTF-8 byte, space-separated',
'dna_nucleotide_quads':'as DNA letters, four per UTF-8 byte, two bits each (A=0 C=1 G=2 T=3), high bits first, space-separated',
'big_endian_u16_decimal_pairs':'as decimal 16-bit numbers, each holding two UTF-8 bytes big-endian (a final lone byte is padded with a zero byte that is dropped), space-separated',
'random_addend_pairs':'as each code point split into two addends a+b (add them), space-separated',
}
