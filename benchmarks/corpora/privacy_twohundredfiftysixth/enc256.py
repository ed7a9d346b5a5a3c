"""Encoders of the 22 evasion encodings.  The rng only adds noise the decoder
ignores (triangle vertices, LWE vectors and noise, equation coefficients,
acrostic word choice)."""
import math

# ------------------------------------------------------------------ 1 change ringing
def _apply(row, change):
    row = list(row)
    n = len(row)
    if change == "x":
        fixed = set()
    else:
        fixed = set(int(ch) if ch != "0" else 10 for ch in change)
        if change == "1":
            fixed.add(n)  # in Royal "1" also makes tenth's place (1 = 10)
    i = 1
    while i < n:
        if i in fixed:
            i += 1
            continue
        if i + 1 <= n and (i + 1) not in fixed:
            row[i - 1], row[i] = row[i], row[i - 1]
            i += 2
        else:
            i += 1
    return "".join(row)


def plain_bob_royal_course():
    lead = ["x", "1"] * 9 + ["x", "12"]
    rows = ["1234567890"]
    r = rows[0]
    for _ in range(9):
        for ch in lead:
            r = _apply(r, ch)
            rows.append(r)
    assert rows[-1] == rows[0] and len(rows) == 181
    rows = rows[:180]
    assert len(set(rows)) == 180
    return rows


COURSE = plain_bob_royal_course()

# ------------------------------------------------------------------ 4 elliptic curve
EC_P, EC_A, EC_B = 263, 2, 3


def ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    (x1, y1), (x2, y2) = P, Q
    p = EC_P
    if x1 == x2 and (y1 + y2) % p == 0:
        return None
    if P == Q:
        lam = (3 * x1 * x1 + EC_A) * pow(2 * y1, -1, p) % p
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, p) % p
    x3 = (lam * lam - x1 - x2) % p
    return (x3, (lam * (x1 - x3) - y1) % p)


def ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = ec_add(R, P)
        P = ec_add(P, P)
        k >>= 1
    return R


def _find_generator():
    p = EC_P
    for x in range(p):
        rhs = (x ** 3 + EC_A * x + EC_B) % p
        for y in range(p):
            if y * y % p == rhs:
                G = (x, y)
                k, Q = 1, G
                while Q is not None:
                    Q = ec_add(Q, G)
                    k += 1
                if k >= 200:
                    return G, k
    raise RuntimeError


EC_G, EC_ORDER = _find_generator()

# ------------------------------------------------------------------ 10 Berggren
def berggren(n):
    out = [(3, 4, 5)]
    i = 0
    while len(out) < n:
        a, b, c = out[i]
        out.append((a - 2 * b + 2 * c, 2 * a - b + 2 * c, 2 * a - 2 * b + 3 * c))
        out.append((a + 2 * b + 2 * c, 2 * a + b + 2 * c, 2 * a + 2 * b + 3 * c))
        out.append((-a + 2 * b + 2 * c, -2 * a + b + 2 * c, -2 * a + 2 * b + 3 * c))
        i += 1
    return out[:n]


BERGGREN = berggren(130)
assert BERGGREN[1] == (5, 12, 13) and BERGGREN[2] == (21, 20, 29) and BERGGREN[3] == (15, 8, 17)

# ------------------------------------------------------------------ 12 RC4
RC4_KEY = b"bellframe"


def rc4(key, data):
    S = list(range(256))
    j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) % 256
        S[i], S[j] = S[j], S[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) % 256
        j = (j + S[i]) % 256
        S[i], S[j] = S[j], S[i]
        out.append(b ^ S[(S[i] + S[j]) % 256])
    return bytes(out)


assert rc4(b"Key", b"Plaintext").hex() == "bbf316e8d940af0ad3"
assert rc4(b"Wiki", b"pedia").hex() == "1021bf0420"

# ------------------------------------------------------------------ 13 General MIDI
GM = """Acoustic Grand Piano|Bright Acoustic Piano|Electric Grand Piano|Honky-tonk Piano|Electric Piano 1|Electric Piano 2|Harpsichord|Clavi|
Celesta|Glockenspiel|Music Box|Vibraphone|Marimba|Xylophone|Tubular Bells|Dulcimer|
Drawbar Organ|Percussive Organ|Rock Organ|Church Organ|Reed Organ|Accordion|Harmonica|Tango Accordion|
Acoustic Guitar (nylon)|Acoustic Guitar (steel)|Electric Guitar (jazz)|Electric Guitar (clean)|Electric Guitar (muted)|Overdriven Guitar|Distortion Guitar|Guitar harmonics|
Acoustic Bass|Electric Bass (finger)|Electric Bass (pick)|Fretless Bass|Slap Bass 1|Slap Bass 2|Synth Bass 1|Synth Bass 2|
Violin|Viola|Cello|Contrabass|Tremolo Strings|Pizzicato Strings|Orchestral Harp|Timpani|
String Ensemble 1|String Ensemble 2|SynthStrings 1|SynthStrings 2|Choir Aahs|Voice Oohs|Synth Voice|Orchestra Hit|
Trumpet|Trombone|Tuba|Muted Trumpet|French Horn|Brass Section|SynthBrass 1|SynthBrass 2|
Soprano Sax|Alto Sax|Tenor Sax|Baritone Sax|Oboe|English Horn|Bassoon|Clarinet|
Piccolo|Flute|Recorder|Pan Flute|Blown Bottle|Shakuhachi|Whistle|Ocarina|
Lead 1 (square)|Lead 2 (sawtooth)|Lead 3 (calliope)|Lead 4 (chiff)|Lead 5 (charang)|Lead 6 (voice)|Lead 7 (fifths)|Lead 8 (bass + lead)|
Pad 1 (new age)|Pad 2 (warm)|Pad 3 (polysynth)|Pad 4 (choir)|Pad 5 (bowed)|Pad 6 (metallic)|Pad 7 (halo)|Pad 8 (sweep)|
FX 1 (rain)|FX 2 (soundtrack)|FX 3 (crystal)|FX 4 (atmosphere)|FX 5 (brightness)|FX 6 (goblins)|FX 7 (echoes)|FX 8 (sci-fi)|
Sitar|Banjo|Shamisen|Koto|Kalimba|Bag pipe|Fiddle|Shanai|
Tinkle Bell|Agogo|Steel Drums|Woodblock|Taiko Drum|Melodic Tom|Synth Drum|Reverse Cymbal|
Guitar Fret Noise|Breath Noise|Seashore|Bird Tweet|Telephone Ring|Helicopter|Applause|Gunshot"""
GM = [s.strip() for s in GM.replace("\n", "").split("|")]
assert len(GM) == 128 and GM[14] == "Tubular Bells" and GM[112] == "Tinkle Bell" and GM[127] == "Gunshot"

# ------------------------------------------------------------------ 14 set partitions
def rgs_list(n):
    out = []

    def rec(seq, mx):
        if len(seq) == n:
            out.append(tuple(seq))
            return
        for v in range(mx + 2):
            rec(seq + [v], max(mx, v))
    rec([0], 0)
    return out


RGS6 = rgs_list(6)
assert len(RGS6) == 203

# ------------------------------------------------------------------ 17 syscalls
SYSCALLS = """read write open close stat fstat lstat poll lseek mmap mprotect munmap brk
rt_sigaction rt_sigprocmask rt_sigreturn ioctl pread64 pwrite64 readv writev access pipe
select sched_yield mremap msync mincore madvise shmget shmat shmctl dup dup2 pause
nanosleep getitimer alarm setitimer getpid sendfile socket connect accept sendto recvfrom
sendmsg recvmsg shutdown bind listen getsockname getpeername socketpair setsockopt
getsockopt clone fork vfork execve exit wait4 kill uname semget semop semctl shmdt msgget
msgsnd msgrcv msgctl fcntl flock fsync fdatasync truncate ftruncate getdents getcwd chdir
fchdir rename mkdir rmdir creat link unlink symlink readlink chmod fchmod chown fchown
lchown umask gettimeofday getrlimit getrusage sysinfo times ptrace getuid syslog getgid
setuid setgid geteuid getegid setpgid getppid getpgrp setsid setreuid setregid getgroups
setgroups setresuid getresuid setresgid getresgid getpgid setfsuid setfsgid getsid capget
capset rt_sigpending""".split()
assert len(SYSCALLS) == 128 and SYSCALLS[59] == "execve" and SYSCALLS[97] == "getrlimit"

# ------------------------------------------------------------------ 19 mu-law
def ulaw_expand(u):
    u = ~u & 0xFF
    t = ((u & 0x0F) << 3) + 0x84
    t <<= (u & 0x70) >> 4
    return (0x84 - t) if (u & 0x80) else (t - 0x84)


assert ulaw_expand(0x00) == -32124 and ulaw_expand(0x80) == 32124
assert ulaw_expand(0x7F) == 0 and ulaw_expand(0xFF) == 0

# ------------------------------------------------------------------ 20 LWE
LWE_Q, LWE_S, LWE_D = 3329, (1184, 2917, 506), 26

# ------------------------------------------------------------------ 21 Hanoi
def hanoi_states(n=7):
    pegs = {d: "A" for d in range(1, n + 1)}
    states = ["".join(pegs[d] for d in range(n, 0, -1))]

    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        pegs[k] = dst
        states.append("".join(pegs[d] for d in range(n, 0, -1)))
        move(k - 1, via, dst, src)
    move(n, "A", "C", "B")
    assert len(states) == 2 ** n and len(set(states)) == 2 ** n
    return states


HANOI = hanoi_states()

# ------------------------------------------------------------------ 8 acrostic words
ACROSTIC = {
    "a": ["angelus", "arbor", "anchor", "anvil"], "b": ["belfry", "bronze", "bob", "bellrope"],
    "c": ["clapper", "cope", "crown", "canon"], "d": ["dodge", "dial", "doubles", "dome"],
    "e": ["ellacombe", "escapement", "extent", "east"], "f": ["frame", "flirt", "fusee", "foundry"],
    "g": ["gudgeon", "gnomon", "grandsire", "gable"], "h": ["handstroke", "headstock", "hum", "hammer"],
    "i": ["inscription", "iron", "impulse", "interval"], "j": ["jacquemart", "jump", "journal", "joist"],
    "k": ["knell", "kent", "keeper", "key"], "l": ["lead", "loam", "louvre", "lathe"],
    "m": ["muffle", "method", "minor", "maximus"], "n": ["nominal", "noon", "nave", "night"],
    "o": ["oil", "octave", "overhaul", "oak"], "p": ["peal", "pendulum", "pallet", "pinion"],
    "q": ["quarter", "quint", "queens", "quiet"], "r": ["rounds", "ringer", "ratchet", "rope"],
    "s": ["sally", "slider", "stay", "stedman"], "t": ["tenor", "treble", "tierce", "turret"],
    "u": ["unison", "upright", "unmuffled", "under"], "v": ["verge", "vestry", "vibration", "vane"],
    "w": ["winder", "waist", "wheel", "whittingtons"], "x": ["xylophone", "x-ray", "xmas", "xylonite"],
    "y": ["yoke", "yorkshire", "yard", "yew"], "z": ["zinc", "zodiac", "zenith", "zero"],
}
UNITS = ["cwt", "lb", "ft", "in"]


# ------------------------------------------------------------------ encoder
def enc(name, plain, rng):
    codes = [ord(ch) for ch in plain]
    assert all(45 <= c <= 122 for c in codes)
    if name == "plain_bob_royal_course_rows":
        return " ".join(COURSE[c] for c in codes)
    if name == "equal_tempered_pitch_hertz":
        out = []
        for c in codes:
            f = 440.0 * 2 ** ((c - 69) / 12)
            s = "%.2f" % f
            assert round(69 + 12 * math.log2(float(s) / 440)) == c
            out.append(s + " Hz")
        return ", ".join(out)
    if name == "look_and_say_digit_runs":
        out = []
        for c in codes:
            d, s = str(c), ""
            i = 0
            while i < len(d):
                j = i
                while j < len(d) and d[j] == d[i]:
                    j += 1
                s += str(j - i) + d[i]
                i = j
            out.append(s)
        return " ".join(out)
    if name == "elliptic_curve_scalar_multiples":
        return " ".join("(%d,%d)" % ec_mul(c, EC_G) for c in codes)
    if name == "walsh_hadamard_transform_sums":
        n = 1
        while n < len(codes):
            n *= 2
        x = codes + [0] * (n - len(codes))
        y = [sum(x[j] * (-1) ** bin(i & j).count("1") for j in range(n)) for i in range(n)]
        return " ".join(str(v) for v in y)
    if name == "reed_solomon_gf257_evaluations":
        n = len(codes)
        return " ".join(str(sum(c * pow(x, i, 257) for i, c in enumerate(codes)) % 257) for x in range(1, n + 1))
    if name == "lattice_triangle_doubled_areas":
        out = []
        for c in codes:
            while True:
                pts = [(rng.randrange(16), rng.randrange(16)) for _ in range(3)]
                (x1, y1), (x2, y2), (x3, y3) = pts
                if abs(x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)) == c:
                    break
            out.append("".join("(%d,%d)" % p for p in pts))
        return " ".join(out)
    if name == "acrostic_word_initials":
        out = []
        for ch in plain:
            if ch == "-":
                out.append("-")
            elif ch.isdigit():
                out.append(ch + rng.choice(UNITS))
            else:
                out.append(rng.choice(ACROSTIC[ch]))
        return " ".join(out)
    if name == "prufer_labelled_tree_edges":
        out = []
        for c in codes:
            seq = [c // 25 + 1, c // 5 % 5 + 1, c % 5 + 1]
            degree = {v: 1 for v in range(1, 6)}
            for v in seq:
                degree[v] += 1
            edges = []
            for v in seq:
                leaf = min(u for u in range(1, 6) if degree[u] == 1)
                edges.append(tuple(sorted((leaf, v))))
                degree[leaf] -= 1
                degree[v] -= 1
            u, w = [x for x in range(1, 6) if degree[x] == 1]
            edges.append((u, w))
            out.append("[" + ",".join("%d-%d" % e for e in sorted(edges)) + "]")
        return " ".join(out)
    if name == "berggren_pythagorean_triples":
        return " ".join("%d:%d:%d" % BERGGREN[c - 1] for c in codes)
    if name == "reversible_automaton_mod128_rows":
        n = len(codes)
        prev, cur = [0] * n, codes[:]
        for _ in range(4):
            nxt = [((cur[i - 1] if i > 0 else 0) + (cur[i + 1] if i + 1 < n else 0) - prev[i]) % 128 for i in range(n)]
            prev, cur = cur, nxt
        return "[%s] [%s]" % (" ".join(map(str, prev)), " ".join(map(str, cur)))
    if name == "rc4_published_key_hex":
        return rc4(RC4_KEY, plain.encode()).hex()
    if name == "general_midi_program_names":
        return " / ".join(GM[c] for c in codes)
    if name == "restricted_growth_set_partitions":
        out = []
        for c in codes:
            rgs = RGS6[c]
            blocks = {}
            for i, b in enumerate(rgs):
                blocks.setdefault(b, []).append(i + 1)
            out.append("".join("{" + ",".join(map(str, blocks[b])) + "}" for b in sorted(blocks)))
        return " ".join(out)
    if name == "horner_rolling_hash_prefixes":
        h, out = 0, []
        for c in codes:
            h = (131 * h + c) % 65521
            out.append(str(h))
        return " ".join(out)
    if name == "pendulum_period_seconds":
        out = []
        for c in codes:
            t = 2 * math.pi * math.sqrt((c / 100) / 9.80665)
            s = "%.5f" % t
            assert round(9.80665 * (float(s) / (2 * math.pi)) ** 2 * 100) == c
            out.append(s + " s")
        return ", ".join(out)
    if name == "linux_x86_64_syscall_names":
        return ", ".join(SYSCALLS[c] for c in codes)
    if name == "wythoff_cold_position_pairs":
        out = []
        for c in codes:
            a = (c + math.isqrt(5 * c * c)) // 2
            out.append("(%d,%d)" % (a, a + c))
        return " ".join(out)
    if name == "mu_law_pcm_sample_values":
        return " ".join(str(ulaw_expand(c)) for c in codes)
    if name == "toy_lwe_ciphertexts_mod_3329":
        out = []
        for c in codes:
            a = [rng.randrange(LWE_Q) for _ in range(3)]
            e = rng.randrange(-6, 7)
            b = (sum(x * s for x, s in zip(a, LWE_S)) + LWE_D * c + e) % LWE_Q
            out.append("(%d,%d,%d;%d)" % (a[0], a[1], a[2], b))
        return " ".join(out)
    if name == "tower_of_hanoi_disc_pegs":
        return " ".join(HANOI[c] for c in codes)
    if name == "simultaneous_linear_equation_pairs":
        cs = codes + ([0] if len(codes) % 2 else [])
        out = []
        for i in range(0, len(cs), 2):
            x, y = cs[i], cs[i + 1]
            while True:
                a, b, c, d = [rng.choice([-9, -8, -7, -6, -5, -4, -3, -2, 2, 3, 4, 5, 6, 7, 8, 9]) for _ in range(4)]
                if a * d - b * c != 0:
                    break

            def eq(p, q):
                return "%dx%s%dy=%d" % (p, "+" if q > 0 else "-", abs(q), p * x + q * y)
            out.append(eq(a, b) + "; " + eq(c, d))
        return " | ".join(out)
    raise KeyError(name)
