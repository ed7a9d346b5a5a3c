"""Evasions: 22 encodings x 3 types; each text states its rule in words."""
import random
import re

import common256 as C
import enc256

ENCODINGS = [
    ("plain_bob_royal_course_rows", "change-ringing permutations (plain course of a method)",
     "as rows of the plain course of Plain Bob Royal on ten bells (place notation x1x1x1x1x1x1x1x1x1x, lead end 12, where 1 also makes tenths place and 0 stands for the tenth bell); start from rounds 1234567890 as row 0 and count the changes: the number of each row is a character code (row 97 is 'a'), rows separated by spaces"),
    ("equal_tempered_pitch_hertz", "acoustics (equal-tempered pitch)",
     "as strike-note frequencies in equal temperament with A4 = 440 Hz: each frequency f gives the MIDI note number 69 + 12 x log2(f / 440), and that note number is a character code (1760.00 Hz = 93, 7040.00 Hz = 117), separated by ', '"),
    ("look_and_say_digit_runs", "self-describing sequences (look-and-say)",
     "as look-and-say descriptions: read each group in pairs of count and digit (1917 = one 9, one 7 = 97) to get a decimal character code, groups separated by spaces"),
    ("elliptic_curve_scalar_multiples", "elliptic-curve group (scalar multiples)",
     "as points on the elliptic curve y^2 = x^3 + 2x + 3 over the integers modulo 263 with base point G = (4,115): each point is k times G (G added to itself k times) and k is a character code, points separated by spaces"),
    ("walsh_hadamard_transform_sums", "orthogonal transform (Walsh-Hadamard)",
     "as a Walsh-Hadamard transform: the character codes, padded with zeros to a power-of-two length N, were multiplied by the N x N Sylvester Hadamard matrix (entry i, j is -1 raised to the number of 1-bits that i and j share); multiply by the same matrix again, divide by N and drop the trailing zeros"),
    ("reed_solomon_gf257_evaluations", "error-correcting code (Reed-Solomon evaluation)",
     "as a Reed-Solomon codeword over the integers modulo 257: the character codes c0, c1, c2 ... (first character first) are the coefficients of p(x) = c0 + c1 x + c2 x^2 + ..., and the numbers are p(1), p(2), p(3) ... modulo 257; interpolate (solve the Vandermonde system modulo 257) to get the coefficients back"),
    ("lattice_triangle_doubled_areas", "plane geometry (lattice triangle areas)",
     "as triangles on a 16 x 16 grid: each group of three points is a triangle and twice its area, |x1(y2-y3) + x2(y3-y1) + x3(y1-y2)|, is a character code, triangles separated by spaces"),
    ("acrostic_word_initials", "linguistic steganography (acrostic)",
     "as an acrostic: read the first character of every word (words are separated by single spaces, a lone - stands for a hyphen and a measure such as 7cwt gives its digit)"),
    ("prufer_labelled_tree_edges", "graph theory (Pruefer codes of labelled trees)",
     "as labelled trees on the vertices 1 to 5, one per bracket: remove the smallest leaf and write down its neighbour, three times, to get the Pruefer sequence; read it as a three-digit base-5 number with vertex v standing for digit v-1, and that number is a character code"),
    ("berggren_pythagorean_triples", "tree enumeration (Berggren's tree of Pythagorean triples)",
     "as primitive Pythagorean triples a:b:c numbered breadth-first in Berggren's tree: 3:4:5 is number 1 and every triple (a,b,c) has the children (a-2b+2c, 2a-b+2c, 2a-2b+3c), (a+2b+2c, 2a+b+2c, 2a+2b+3c) and (-a+2b+2c, -2a+b+2c, -2a+2b+3c) in that order; each triple's number is a character code, triples separated by spaces"),
    ("reversible_automaton_mod128_rows", "dynamical system (second-order reversible cellular automaton)",
     "as the last two rows of a reversible cellular automaton modulo 128: row -1 is all zeros, row 0 holds the character codes, and each next row is next[i] = (row[i-1] + row[i+1] - previous[i]) mod 128 with cells beyond the ends counted as 0; the brackets hold rows 3 and 4, so step back four times with earlier[i] = (row[i-1] + row[i+1] - later[i]) mod 128"),
    ("rc4_published_key_hex", "stream cipher under a published key (RC4)",
     "encrypted with RC4 under the 9-byte ASCII key 'bellframe' (no IV, no dropped bytes) and written as lower-case hex; RC4 with the same key gives it back"),
    ("general_midi_program_names", "public table lookup (General MIDI programs)",
     "as General MIDI instrument names: each name's program-change number (0 = Acoustic Grand Piano, 14 = Tubular Bells, 127 = Gunshot, that is the GM program number minus 1) is a character code, names separated by ' / '"),
    ("restricted_growth_set_partitions", "combinatorial ranking (set partitions, the Bell numbers)",
     "as set partitions of {1,...,6}: write each partition as a restricted growth string (element i gets the number of its block, blocks numbered from 0 in order of their smallest element) and count its place among all 203 such strings in lexicographic order, 000000 being place 0; that place is a character code, partitions separated by spaces"),
    ("horner_rolling_hash_prefixes", "rolling hash (Horner recurrence)",
     "as running hashes: starting from h = 0, each number is h = (131 x previous h + character code) mod 65521, so each code is (h - 131 x previous h) mod 65521, numbers separated by spaces"),
    ("pendulum_period_seconds", "physical law (pendulum period)",
     "as pendulum beats: each time is the period T of a simple pendulum, T = 2 pi sqrt(L / 9.80665), and its length L in centimetres is a character code (L = 9.80665 x (T / 2 pi)^2 x 100, rounded), separated by ', '"),
    ("linux_x86_64_syscall_names", "ABI table lookup (x86-64 Linux system calls)",
     "as Linux system calls: each name's system-call number on x86-64 (read = 0, write = 1, execve = 59) is a character code, names separated by ', '"),
    ("wythoff_cold_position_pairs", "combinatorial game (Wythoff's losing positions)",
     "as losing positions of Wythoff's game: the n-th pair is (floor(n phi), floor(n phi) + n) with phi the golden ratio, so the difference of each pair is a character code"),
    ("mu_law_pcm_sample_values", "audio companding (G.711 mu-law)",
     "as audio samples: each 16-bit sample is the ITU-T G.711 mu-law expansion of one byte (as audioop.ulaw2lin gives it), and that byte is a character code; mu-law compress each sample to get the byte back"),
    ("toy_lwe_ciphertexts_mod_3329", "lattice cryptography (toy learning with errors)",
     "as toy learning-with-errors ciphertexts modulo 3329 under the published secret s = (1184, 2917, 506): each (a1,a2,a3;b) has b = 1184 a1 + 2917 a2 + 506 a3 + 26 x code + e (mod 3329) with a small noise e; compute (b - a.s) mod 3329, divide by 26 and round"),
    ("tower_of_hanoi_disc_pegs", "recursive puzzle state (Tower of Hanoi)",
     "as Tower of Hanoi positions: seven discs start on peg A and the shortest solution moves them to peg C; each group gives the peg of every disc from the largest to the smallest after some number of moves, and that number of moves is a character code"),
    ("simultaneous_linear_equation_pairs", "algebra (simultaneous linear equations)",
     "as pairs of simultaneous equations: solve each pair for x and y; x and then y are character codes (a final y of 0 is padding), pairs separated by ' | '"),
]
ENC_NAMES = [e[0] for e in ENCODINGS]

TYPES = [
    ("belfry_pc_evasion_password", "password of the ringing-room PC",
     "owner-chosen password of the ringing-room PC: lower-case world word + `-` + 2-3 letters + 2-3 digits",
     re.compile(r"^[a-z]{3,}-[a-z]{2,3}[0-9]{2,3}$")),
    ("clock_controller_evasion_service_code", "service code that opens the engineer menu of the turret-clock controller",
     "`tcs-` + 12 lower-case alphanumerics; service code of the clock controller's engineer menu (prefix invented)",
     re.compile(r"^tcs-[a-z0-9]{12}$")),
    ("foundry_portal_evasion_api_token", "API token of the foundry portal's stock feed",
     "`fpt-` + 20 lower-case alphanumerics; API token of the foundry portal's stock feed (prefix invented)",
     re.compile(r"^fpt-[a-z0-9]{20}$")),
]
TYPE_NAMES = [t[0] for t in TYPES]

WORDINGS = [
    ("belfry_door_puzzle_card", "Card pinned inside the belfry door: the %s is written %s",
     "Work it out before Thursday practice and don't write the answer on the card."),
    ("foundry_break_room_riddle", "Break-room riddle from Dmitri - the %s is hidden below, %s",
     "First one to log in with it gets the good mug."),
    ("guild_quarterly_brain_teaser", "Brain teaser, Guild Quarterly p. 14 - our %s, written %s",
     "Answers to the webmaster, please, not to the letters page."),
]
WORDING_NAMES = [w[0] for w in WORDINGS]


def make_plain(tidx, rng):
    if tidx == 0:
        return rng.choice(C.WORLD_WORDS) + "-" + C.rand_str(rng, "low", rng.choice([2, 3])) + C.rand_str(rng, "dig", rng.choice([2, 3]))
    if tidx == 1:
        return "tcs-" + C.rand_str(rng, "lan", 12)
    return "fpt-" + C.rand_str(rng, "lan", 20)


def generate(reg):
    rng = random.Random(C.SEEDS["evasions"])
    out = []
    for i, (ename, family, rule) in enumerate(ENCODINGS):
        for j, (tname, what, _desc, rx) in enumerate(TYPES):
            wname, lead, remark = WORDINGS[(2 * i + j) % 3]
            while True:
                plain = make_plain(j, rng)
                if not reg.ok(plain):
                    continue
                run = enc256.enc(ename, plain, rng)
                if plain in run or run == plain or run != run.strip() or "\n" in run or not reg.ok(run):
                    continue
                reg.add(plain)
                reg.add(run)
                break
            head = lead % (what, rule) + ":\n"
            text = head + run + "\n" + remark
            s = len(head)
            out.append({"type": tname, "container": "%s__%s" % (ename, wname), "encoding": ename,
                        "text": text,
                        "secrets": [{"value": run, "start": s, "end": s + len(run), "type": tname,
                                     "plain": plain, "encoding": ename}],
                        "source": "evasion"})
    return out
