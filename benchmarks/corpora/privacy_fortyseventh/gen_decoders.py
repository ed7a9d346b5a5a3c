"""Decoders, written separately from the encoders: each gets (text before the span, encoded run) and returns the plain."""
import re, math, struct
from datetime import date

SYMS = ("H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr "
        "Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg "
        "Tl Pb Bi Po At Rn Fr Ra").split()
Z = {s: i + 1 for i, s in enumerate(SYMS)}
nums = lambda s: [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:e[-+]\d+)?", s)]
chars = lambda cs: "".join(chr(c) for c in cs if c)


def d_bf16(b):
    e, m = (b >> 7) & 0xFF, b & 0x7F
    return round((1 + m / 128) * 2 ** (e - 127))


DEC = {
 "sentencepiece_byte_fallback_tokens": lambda pre, run: bytes(int(h, 16) for h in re.findall(r"<0x([0-9A-F]{2})>", run)).decode(),
 "float16_bit_pattern_hex": lambda pre, run: chars(int(struct.unpack(">e", bytes.fromhex(h))[0]) for h in run.split()),
 "bfloat16_bit_pattern_hex": lambda pre, run: chars(d_bf16(int(h, 16)) for h in run.split()),
 "normalised_pixel_intensities": lambda pre, run: chars(round(x * 255) for x in nums(run)),
 "zscore_standardised_codes": lambda pre, run: (lambda m: chars(round(z * int(m.group(2)) + int(m.group(1))) for z in nums(run)))(re.search(r"mean (\d+), std (\d+)", pre)),
 "log1p_feature_values": lambda pre, run: chars(round(math.expm1(x)) for x in nums(run)),
 "sigmoid_probability_codes": lambda pre, run: (lambda m: chars(round(math.log(p / (1 - p)) * int(m.group(2)) + int(m.group(1))) for p in nums(run)))(re.search(r"\(code − (\d+)\) / (\d+)", pre)),
 "int8_zero_point_quantised": lambda pre, run: (lambda zp: chars(int(q) + zp for q in nums(run)))(int(re.search(r"zero point (\d+)", pre).group(1))),
 "training_log_lr_column": lambda pre, run: chars(round(float(x) * 100000) for x in re.findall(r"lr=(\S+)", run)),
 "extended_vocab_token_ids": lambda pre, run: (lambda off: chars(int(x) - off for x in nums(run)))(int(re.search(r"subtract (\d+)", pre).group(1))),
 "coo_sparse_triplets_shuffled": lambda pre, run: chars(v for _, v in sorted((int(i), int(v)) for i, _, v in re.findall(r"\((\d+), (\d+), (\d+)\)", run))),
 "hive_partition_date_folders": lambda pre, run: chars((date.fromisoformat(d) - date(1970, 1, 1)).days for d in re.findall(r"dt=([\d-]+)/", run)),
 "requirements_pin_versions": lambda pre, run: chars(int(x) for t in re.findall(r"==(\d+)\.(\d+)\.(\d+)", run) for x in t),
 "notebook_execution_counts": lambda pre, run: chars(int(x) for x in re.findall(r"In \[(\d+)\]", run)),
 "torch_size_dim_pairs": lambda pre, run: chars(int(x) for t in re.findall(r"\[(\d+), (\d+)\]", run) for x in t),
 "set_bit_position_sets": lambda pre, run: chars(sum(1 << int(b) for b in grp.split(",")) for grp in re.findall(r"\{([\d,]+)\}", run)),
 "prime_factorisation_terms": lambda pre, run: chars(math.prod(int(t.split("^")[0]) ** int((t.split("^") + ["1"])[1]) for t in term.strip().split("*")) for term in run.split(";")),
 "element_symbols_atomic_offset": lambda pre, run: (lambda off: chars(Z[s] + off for s in run.split()))(int(re.search(r"plus (\d+) is", pre).group(1))),
 "sorted_chars_with_indices": lambda pre, run: "".join(ch for _, ch in sorted((int(i), ch) for ch, i in (tok.rsplit("@", 1) for tok in run.split()))),
 "cron_minute_hour_fields": lambda pre, run: chars(int(m) + 60 * int(h) for m, h in re.findall(r"(\d+) (\d+) \* \* \*", run)),
 "label_encoder_class_indices": lambda pre, run: (lambda cls: "".join(cls[int(i)] for i in re.findall(r"\d+", run)))(re.findall(r"'(.)'", pre[pre.rfind("classes_"):])),
 "uint16_packed_byte_pairs": lambda pre, run: chars(c for v in run.split() for c in divmod(int(v), 256)),
}

SELFTEST = {  # hand-worked for plain "Hi7"
 "sentencepiece_byte_fallback_tokens": ("", "<0x48><0x69><0x37>"),
 "float16_bit_pattern_hex": ("", "5480 5690 52e0"),
 "bfloat16_bit_pattern_hex": ("", "4290 42d2 425c"),
 "int8_zero_point_quantised": ("zero point 100", "q = [-28, 5, -45]"),
 "hive_partition_date_folders": ("", "dt=1970-03-14/ dt=1970-04-16/ dt=1970-02-25/"),
 "set_bit_position_sets": ("", "{6,3} {6,5,3,0} {5,4,2,1,0}"),
 "prime_factorisation_terms": ("", "2^3*3^2 ; 3*5*7 ; 5*11"),
 "element_symbols_atomic_offset": ("atomic number plus 40 is", "Ge Tb P"),
 "sorted_chars_with_indices": ("", "7@2 H@0 i@1"),
 "cron_minute_hour_fields": ("", "12 1 * * * | 45 1 * * * | 55 0 * * *"),
 "uint16_packed_byte_pairs": ("", "18537 14080"),
 "torch_size_dim_pairs": ("", "torch.Size([72, 105]), torch.Size([55, 0])"),
}
