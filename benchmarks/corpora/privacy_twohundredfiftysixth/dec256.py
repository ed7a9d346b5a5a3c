"""Decoders of the 22 evasion encodings, written separately from the encoder:
no import of enc256 or common256, only re and math; every table retyped or
recomputed by another method."""
import math
import re


# 1 --- Plain Bob Royal: positions permuted by composing change permutations
def _change_perm(pn, stage=10):
    # returns a list p with new_row[i] = old_row[p[i]] (0-based places)
    if pn == "x":
        made = []
    elif pn == "1":
        made = [0, stage - 1]
    else:
        made = [int(c) - 1 for c in pn]
    p = list(range(stage))
    i = 0
    while i < stage:
        if i in made:
            i += 1
        else:
            p[i], p[i + 1] = i + 1, i
            i += 2
    return p


def _course():
    changes = []
    for _ in range(9):
        changes.append("x")
        changes.append("1")
    changes += ["x", "12"]
    perms = [_change_perm(c) for c in changes]
    row = list("1234567890")
    table = {}
    k = 0
    while True:
        key = "".join(row)
        if key in table:
            break
        table[key] = k
        p = perms[k % len(perms)]
        row = [row[p[i]] for i in range(10)]
        k += 1
    return table


_COURSE = _course()


# 4 --- elliptic curve y^2 = x^3 + 2x + 3 over GF(263), G = (4, 115)
def _ec_add(P, Q, p=263, a=2):
    if P is None:
        return Q
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        m = (3 * P[0] * P[0] + a) * pow(2 * P[1] % p, p - 2, p)
    else:
        m = (Q[1] - P[1]) * pow((Q[0] - P[0]) % p, p - 2, p)
    m %= p
    x = (m * m - P[0] - Q[0]) % p
    return (x, (m * (P[0] - x) - P[1]) % p)


G_DEC = (4, 115)
_EC = {}
_pt = None
for _k in range(1, 129):
    _pt = _ec_add(_pt, G_DEC)
    _EC[_pt] = _k


# 10 --- Berggren tree as 3x3 matrices applied to column vectors
_MATS = [((1, -2, 2), (2, -1, 2), (2, -2, 3)),
         ((1, 2, 2), (2, 1, 2), (2, 2, 3)),
         ((-1, 2, 2), (-2, 1, 2), (-2, 2, 3))]


def _triples(limit):
    level, out = [(3, 4, 5)], [(3, 4, 5)]
    while len(out) < limit:
        nxt = []
        for t in level:
            for M in _MATS:
                nxt.append(tuple(sum(M[r][c] * t[c] for c in range(3)) for r in range(3)))
        out += nxt
        level = nxt
    return {t: i + 1 for i, t in enumerate(out[:limit])}


_TRIPLES = _triples(128)

# 13 --- General MIDI level 1 programs, by family of eight (program number - 1)
_GM_FAMILIES = [
    "Acoustic Grand Piano;Bright Acoustic Piano;Electric Grand Piano;Honky-tonk Piano;Electric Piano 1;Electric Piano 2;Harpsichord;Clavi",
    "Celesta;Glockenspiel;Music Box;Vibraphone;Marimba;Xylophone;Tubular Bells;Dulcimer",
    "Drawbar Organ;Percussive Organ;Rock Organ;Church Organ;Reed Organ;Accordion;Harmonica;Tango Accordion",
    "Acoustic Guitar (nylon);Acoustic Guitar (steel);Electric Guitar (jazz);Electric Guitar (clean);Electric Guitar (muted);Overdriven Guitar;Distortion Guitar;Guitar harmonics",
    "Acoustic Bass;Electric Bass (finger);Electric Bass (pick);Fretless Bass;Slap Bass 1;Slap Bass 2;Synth Bass 1;Synth Bass 2",
    "Violin;Viola;Cello;Contrabass;Tremolo Strings;Pizzicato Strings;Orchestral Harp;Timpani",
    "String Ensemble 1;String Ensemble 2;SynthStrings 1;SynthStrings 2;Choir Aahs;Voice Oohs;Synth Voice;Orchestra Hit",
    "Trumpet;Trombone;Tuba;Muted Trumpet;French Horn;Brass Section;SynthBrass 1;SynthBrass 2",
    "Soprano Sax;Alto Sax;Tenor Sax;Baritone Sax;Oboe;English Horn;Bassoon;Clarinet",
    "Piccolo;Flute;Recorder;Pan Flute;Blown Bottle;Shakuhachi;Whistle;Ocarina",
    "Lead 1 (square);Lead 2 (sawtooth);Lead 3 (calliope);Lead 4 (chiff);Lead 5 (charang);Lead 6 (voice);Lead 7 (fifths);Lead 8 (bass + lead)",
    "Pad 1 (new age);Pad 2 (warm);Pad 3 (polysynth);Pad 4 (choir);Pad 5 (bowed);Pad 6 (metallic);Pad 7 (halo);Pad 8 (sweep)",
    "FX 1 (rain);FX 2 (soundtrack);FX 3 (crystal);FX 4 (atmosphere);FX 5 (brightness);FX 6 (goblins);FX 7 (echoes);FX 8 (sci-fi)",
    "Sitar;Banjo;Shamisen;Koto;Kalimba;Bag pipe;Fiddle;Shanai",
    "Tinkle Bell;Agogo;Steel Drums;Woodblock;Taiko Drum;Melodic Tom;Synth Drum;Reverse Cymbal",
    "Guitar Fret Noise;Breath Noise;Seashore;Bird Tweet;Telephone Ring;Helicopter;Applause;Gunshot",
]
_GM = {}
for _f, _names in enumerate(_GM_FAMILIES):
    for _i, _n in enumerate(_names.split(";")):
        _GM[_n] = _f * 8 + _i

# 17 --- x86-64 Linux system call numbers, ten to a row
_SYS_ROWS = [
    "read write open close stat fstat lstat poll lseek mmap",
    "mprotect munmap brk rt_sigaction rt_sigprocmask rt_sigreturn ioctl pread64 pwrite64 readv",
    "writev access pipe select sched_yield mremap msync mincore madvise shmget",
    "shmat shmctl dup dup2 pause nanosleep getitimer alarm setitimer getpid",
    "sendfile socket connect accept sendto recvfrom sendmsg recvmsg shutdown bind",
    "listen getsockname getpeername socketpair setsockopt getsockopt clone fork vfork execve",
    "exit wait4 kill uname semget semop semctl shmdt msgget msgsnd",
    "msgrcv msgctl fcntl flock fsync fdatasync truncate ftruncate getdents getcwd",
    "chdir fchdir rename mkdir rmdir creat link unlink symlink readlink",
    "chmod fchmod chown fchown lchown umask gettimeofday getrlimit getrusage sysinfo",
    "times ptrace getuid syslog getgid setuid setgid geteuid getegid setpgid",
    "getppid getpgrp setsid setreuid setregid getgroups setgroups setresuid getresuid setresgid",
    "getresgid getpgid setfsuid setfsgid getsid capget capset rt_sigpending",
]
_SYS = {}
for _r, _row in enumerate(_SYS_ROWS):
    for _i, _n in enumerate(_row.split()):
        _SYS[_n] = _r * 10 + _i


# 19 --- G.711 mu-law compression (the inverse of the expansion)
def _lin2ulaw(pcm):
    sign = 0
    if pcm < 0:
        sign, pcm = 0x80, -pcm
    pcm = min(pcm, 32635) + 0x84
    seg = 7
    for s in range(8):
        if pcm <= (0xFF << s):
            seg = s
            break
    mant = (pcm >> (seg + 3)) & 0x0F
    return ~(sign | (seg << 4) | mant) & 0xFF


# 21 --- Tower of Hanoi by the iterative rule
def _hanoi(n=7):
    towers = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    cycle = ["A", "C", "B"] if n % 2 else ["A", "B", "C"]

    def state():
        where = {}
        for p, stack in towers.items():
            for d in stack:
                where[d] = p
        return "".join(where[d] for d in range(n, 0, -1))
    table = {state(): 0}
    small = 0
    step = 0
    while len(towers["C"]) < n:
        step += 1
        if step % 2:
            src = cycle[small]
            small = (small + 1) % 3
            towers[cycle[small]].append(towers[src].pop())
        else:
            others = [p for p in "ABC" if p != cycle[small]]
            a, b = others
            if towers[a] and (not towers[b] or towers[a][-1] < towers[b][-1]):
                towers[b].append(towers[a].pop())
            else:
                towers[a].append(towers[b].pop())
        table[state()] = step
    return table


_HANOI = _hanoi()


def _rgs_rank(rgs):
    # number of restricted growth strings of length n extending a prefix with max m
    n = len(rgs)
    memo = {}

    def count(rem, m):
        if rem == 0:
            return 1
        if (rem, m) not in memo:
            memo[(rem, m)] = sum(count(rem - 1, max(m, v)) for v in range(m + 2))
        return memo[(rem, m)]
    rank, m = 0, 0
    for i in range(1, n):
        for v in range(rgs[i]):
            rank += count(n - i - 1, max(m, v))
        m = max(m, rgs[i])
    return rank


def decode(name, run):
    if name == "plain_bob_royal_course_rows":
        codes = [_COURSE[r] for r in run.split()]
    elif name == "equal_tempered_pitch_hertz":
        codes = [round(69 + 12 * math.log(float(f) / 440.0, 2)) for f in re.findall(r"([0-9.]+) Hz", run)]
    elif name == "look_and_say_digit_runs":
        codes = []
        for word in run.split():
            digits = "".join(word[i + 1] * int(word[i]) for i in range(0, len(word), 2))
            codes.append(int(digits))
    elif name == "elliptic_curve_scalar_multiples":
        codes = [_EC[(int(x), int(y))] for x, y in re.findall(r"\((\d+),(\d+)\)", run)]
    elif name == "walsh_hadamard_transform_sums":
        v = [int(t) for t in run.split()]
        h = 1
        while h < len(v):
            for i in range(0, len(v), 2 * h):
                for j in range(i, i + h):
                    v[j], v[j + h] = v[j] + v[j + h], v[j] - v[j + h]
            h *= 2
        codes = [t // len(v) for t in v]
        while codes and codes[-1] == 0:
            codes.pop()
    elif name == "reed_solomon_gf257_evaluations":
        ys = [int(t) for t in run.split()]
        n, p = len(ys), 257
        rows = [[pow(x, i, p) for i in range(n)] + [ys[x - 1]] for x in range(1, n + 1)]
        for col in range(n):
            piv = next(r for r in range(col, n) if rows[r][col])
            rows[col], rows[piv] = rows[piv], rows[col]
            inv = pow(rows[col][col], p - 2, p)
            rows[col] = [v * inv % p for v in rows[col]]
            for r in range(n):
                if r != col and rows[r][col]:
                    f = rows[r][col]
                    rows[r] = [(a - f * b) % p for a, b in zip(rows[r], rows[col])]
        codes = [rows[i][n] for i in range(n)]
    elif name == "lattice_triangle_doubled_areas":
        codes = []
        for tri in run.split():
            pts = [tuple(map(int, m)) for m in re.findall(r"\((\d+),(\d+)\)", tri)]
            area2 = 0
            for i in range(3):
                x1, y1 = pts[i]
                x2, y2 = pts[(i + 1) % 3]
                area2 += x1 * y2 - x2 * y1
            codes.append(abs(area2))
    elif name == "acrostic_word_initials":
        return "".join(w[0] for w in run.split(" "))
    elif name == "prufer_labelled_tree_edges":
        codes = []
        for tree in re.findall(r"\[([^\]]*)\]", run):
            adj = {v: set() for v in range(1, 6)}
            for a, b in re.findall(r"(\d)-(\d)", tree):
                adj[int(a)].add(int(b))
                adj[int(b)].add(int(a))
            seq = []
            for _ in range(3):
                leaf = min(v for v in adj if len(adj[v]) == 1)
                nb = adj[leaf].pop()
                adj[nb].discard(leaf)
                del adj[leaf]
                seq.append(nb)
            codes.append((seq[0] - 1) * 25 + (seq[1] - 1) * 5 + (seq[2] - 1))
    elif name == "berggren_pythagorean_triples":
        codes = [_TRIPLES[tuple(map(int, t.split(":")))] for t in run.split()]
    elif name == "reversible_automaton_mod128_rows":
        a, b = re.findall(r"\[([^\]]*)\]", run)
        later = [int(t) for t in b.split()]
        cur = [int(t) for t in a.split()]
        n = len(cur)
        for _ in range(4):
            earlier = [((cur[i - 1] if i else 0) + (cur[i + 1] if i < n - 1 else 0) - later[i]) % 128 for i in range(n)]
            later, cur = cur, earlier
        assert all(v == 0 for v in cur)
        codes = later
    elif name == "rc4_published_key_hex":
        key = "bellframe".encode()
        S = list(range(256))
        j = 0
        for i in range(256):
            j = (j + S[i] + key[i % len(key)]) & 255
            S[i], S[j] = S[j], S[i]
        data = bytes.fromhex(run)
        i = j = 0
        out = []
        for byte in data:
            i = (i + 1) & 255
            j = (j + S[i]) & 255
            S[i], S[j] = S[j], S[i]
            out.append(byte ^ S[(S[i] + S[j]) & 255])
        codes = out
    elif name == "general_midi_program_names":
        codes = [_GM[n] for n in run.split(" / ")]
    elif name == "restricted_growth_set_partitions":
        codes = []
        for part in run.split():
            blocks = [[int(v) for v in b.split(",")] for b in re.findall(r"\{([^}]*)\}", part)]
            rgs = [0] * 6
            for bi, block in enumerate(blocks):
                for v in block:
                    rgs[v - 1] = bi
            codes.append(_rgs_rank(rgs))
    elif name == "horner_rolling_hash_prefixes":
        hs = [0] + [int(t) for t in run.split()]
        codes = [(hs[i] - 131 * hs[i - 1]) % 65521 for i in range(1, len(hs))]
    elif name == "pendulum_period_seconds":
        codes = [round(9.80665 * (float(t) / (2 * math.pi)) ** 2 * 100) for t in re.findall(r"([0-9.]+) s", run)]
    elif name == "linux_x86_64_syscall_names":
        codes = [_SYS[n] for n in run.split(", ")]
    elif name == "wythoff_cold_position_pairs":
        codes = []
        for a, b in re.findall(r"\((\d+),(\d+)\)", run):
            n = int(b) - int(a)
            assert int(a) == int(n * (1 + math.sqrt(5)) / 2)
            codes.append(n)
    elif name == "mu_law_pcm_sample_values":
        codes = [_lin2ulaw(int(t)) for t in run.split()]
    elif name == "toy_lwe_ciphertexts_mod_3329":
        s = (1184, 2917, 506)
        codes = []
        for a1, a2, a3, b in re.findall(r"\((\d+),(\d+),(\d+);(\d+)\)", run):
            v = (int(b) - int(a1) * s[0] - int(a2) * s[1] - int(a3) * s[2]) % 3329
            codes.append(int(math.floor(v / 26 + 0.5)) % 128)
    elif name == "tower_of_hanoi_disc_pegs":
        codes = [_HANOI[t] for t in run.split()]
    elif name == "simultaneous_linear_equation_pairs":
        codes = []
        for grp in run.split(" | "):
            eqs = re.findall(r"(-?\d+)x([+-]\d+)y=(-?\d+)", grp)
            (a, b, e), (c, d, f) = [tuple(map(int, t)) for t in eqs]
            det = a * d - b * c
            codes += [(e * d - b * f) // det, (a * f - e * c) // det]
        while codes and codes[-1] == 0:
            codes.pop()
    else:
        raise KeyError(name)
    return "".join(chr(c) for c in codes)
