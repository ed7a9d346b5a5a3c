import string
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64URL = string.ascii_letters + string.digits + '-_'
MARK = '\u00abV\u00bb'   # template marker «V»

def rs(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))

def password(rng, n=None, url=False):
    n = n or rng.randint(14, 22)
    extra = '-_.~' if url else '-_.!#%*+='
    while True:
        s = rs(rng, ALNUM + extra, n)
        if (any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s)
                and s[0] in ALNUM and s[-1] in ALNUM):
            return s

def fill(template, value, rng=None):
    """Replace the single MARK with value; return text, start, end."""
    assert template.count(MARK) == 1, template
    i = template.index(MARK)
    text = template.replace(MARK, value)
    return text, i, i + len(value)
