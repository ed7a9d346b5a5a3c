"""Encoders: each takes (plain, rng) and returns (naming phrase, encoded run)."""
import math, struct, datetime

EL = ["H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca",
      "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr",
      "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd",
      "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg",
      "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra"]
C = lambda p: [ord(ch) for ch in p]


def sp_bytes(p, r):
    return "as SentencePiece byte-fallback tokens (each <0xNN> piece is one ASCII byte)", "".join("<0x%02X>" % c for c in C(p))

def f16(p, r):
    out = []
    for n in C(p):
        e = n.bit_length() - 1
        out.append("%04x" % (((e + 15) << 10) | ((n - (1 << e)) << (10 - e))))
    return "as IEEE 754 half-precision bit patterns in hex, one float16 per character (the float's value is the character code)", " ".join(out)

def bf16(p, r):
    return "as bfloat16 bit patterns in hex (the upper 16 bits of the float32), one per character, value = character code", " ".join(struct.pack(">f", float(n))[:2].hex() for n in C(p))

def pix(p, r):
    return "as normalised pixel intensities (character code divided by 255, six decimals)", "[" + ", ".join("%.6f" % (n / 255) for n in C(p)) + "]"

def zs(p, r):
    mu, sd = r.randint(70, 90), r.choice([8, 10, 16, 20, 25])
    return "as z-scores with mean %d, std %d (character code = z × %d + %d)" % (mu, sd, sd, mu), " ".join("%.6f" % ((n - mu) / sd) for n in C(p))

def l1p(p, r):
    return "as log1p-transformed features (natural log of 1 + character code, eight decimals)", ", ".join("%.8f" % math.log1p(n) for n in C(p))

def sig(p, r):
    mu, s = r.randint(75, 85), r.choice([10, 12, 16])
    return "as sigmoid probabilities p = sigmoid((code − %d) / %d), ten decimals" % (mu, s), " ".join("%.10f" % (1 / (1 + math.exp(-(n - mu) / s))) for n in C(p))

def q8(p, r):
    zp = r.randint(100, 140)
    return "as int8 quantised values with zero point %d and scale 1 (code = q + %d)" % (zp, zp), "q = [" + ", ".join(str(n - zp) for n in C(p)) + "]"

def lr(p, r):
    return "as the lr column of this training log (lr × 100000 is the character code, one step per character)", "\n".join("step %d  lr=%.2e" % (100 * (i + 1), n * 1e-5) for i, n in enumerate(C(p)))

def vocab(p, r):
    off = r.randint(30000, 60000)
    return "as token ids from our extended vocabulary (subtract %d from each id to get the character code)" % off, "[" + ", ".join(str(n + off) for n in C(p)) + "]"

def coo(p, r):
    t = [(i, 0, n) for i, n in enumerate(C(p))]
    r.shuffle(t)
    return "as a sparse COO vector — (row, col, value) triplets in storage order, row = position, value = character code", " ".join("(%d, %d, %d)" % x for x in t)

def hive(p, r):
    base = datetime.date(1970, 1, 1)
    return "as Hive partition folders — the days from 1970-01-01 to each dt= date are a character code", " ".join("dt=%s/" % (base + datetime.timedelta(days=n)).isoformat() for n in C(p))

def reqs(p, r):
    cs = C(p)
    cs += [0] * (-len(cs) % 3)
    lines = ["featlib-%s==%d.%d.%d" % ("abcdefghijklmnopqrstuvwxyz"[i % 26] * (1 + i // 26), *cs[3 * i:3 * i + 3]) for i in range(len(cs) // 3)]
    return "in the pins of this requirements.txt — major.minor.patch of each line are three character codes, 0 is padding", "\n".join(lines)

def cells(p, r):
    stubs = ["df.head()", "df.shape", "model.eval()", "plt.show()", "len(ds)", "x.mean()"]
    return "in the execution counts of these notebook cells (each In [N] number is a character code, top to bottom)", "\n".join("In [%d]: %s" % (n, stubs[i % 6]) for i, n in enumerate(C(p)))

def shapes(p, r):
    cs = C(p) + [0] * (len(p) % 2)
    return "as tensor shapes, two dims per torch.Size, every dim a character code (a trailing 0 is padding)", ", ".join("torch.Size([%d, %d])" % (cs[i], cs[i + 1]) for i in range(0, len(cs), 2))

def bits(p, r):
    out = []
    for n in C(p):
        out.append("{" + ",".join(str(b) for b in range(7, -1, -1) if n >> b & 1) + "}")
    return "as sets of set-bit positions, one set per character (sum of 2^position = character code)", " ".join(out)

def primes(p, r):
    out = []
    for n in C(p):
        f, m, d = [], n, 2
        while m > 1:
            k = 0
            while m % d == 0:
                m //= d; k += 1
            if k:
                f.append("%d^%d" % (d, k) if k > 1 else str(d))
            d += 1
        out.append("*".join(f))
    return "as prime factorisations, one per character (the product is the character code), separated by ;", " ; ".join(out)

def periodic(p, r):
    off = r.randint(38, 42)
    return "as chemical element symbols — atomic number plus %d is the character code" % off, " ".join(EL[n - off - 1] for n in C(p))

def sortidx(p, r):
    pairs = sorted(((ch, i) for i, ch in enumerate(p)), key=lambda x: (x[0], x[1]))
    return "as its characters sorted, each tagged with its original position as char@index", " ".join("%s@%d" % x for x in pairs)

def cron(p, r):
    return "as cron schedules, one per character (60 × hour + minute = character code)", " | ".join("%d %d * * *" % (n % 60, n // 60) for n in C(p))

def labelenc(p, r):
    cls = sorted(set(p))
    return "LabelEncoder-style: classes_ = [%s], then the encoded labels" % ", ".join(repr(c) for c in cls), "[" + " ".join(str(cls.index(ch)) for ch in p) + "]"

def u16(p, r):
    cs = C(p) + [0] * (len(p) % 2)
    return "as 16-bit integers, two ASCII bytes per number, high byte first (a final 0 low byte is padding)", " ".join(str(cs[i] << 8 | cs[i + 1]) for i in range(0, len(cs), 2))

ENC = {"sentencepiece_byte_fallback_tokens": sp_bytes, "float16_bit_pattern_hex": f16, "bfloat16_bit_pattern_hex": bf16,
       "normalised_pixel_intensities": pix, "zscore_standardised_codes": zs, "log1p_feature_values": l1p,
       "sigmoid_probability_codes": sig, "int8_zero_point_quantised": q8, "training_log_lr_column": lr,
       "extended_vocab_token_ids": vocab, "coo_sparse_triplets_shuffled": coo, "hive_partition_date_folders": hive,
       "requirements_pin_versions": reqs, "notebook_execution_counts": cells, "torch_size_dim_pairs": shapes,
       "set_bit_position_sets": bits, "prime_factorisation_terms": primes, "element_symbols_atomic_offset": periodic,
       "sorted_chars_with_indices": sortidx, "cron_minute_hour_fields": cron, "label_encoder_class_indices": labelenc,
       "uint16_packed_byte_pairs": u16}
