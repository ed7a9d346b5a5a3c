"""Renders README.md from the generated data and the module tables."""
from collections import Counter

import common244 as C
import enc244
import everyday244
import evasions244
import negatives244
import positional244
import prose244
import vendor244


def bt(s):
    return "`%s`" % s


def render(data, meta, deny, deny_note, muts, n_clean_errs):
    sec = data["secrets"]
    eva = data["evasions"]
    neg = data["negatives"]
    src = Counter(r["source"] for r in sec)
    span_types = set(r["type"] for r in sec)
    kinds = set(r["container"] for r in sec)
    nclasses = len(set(r["class"] for r in neg))
    where_count = Counter(s[1] for s in positional244.SYNTAXES)
    L = []
    a = L.append
    a("# privacy_twohundredfortyfourth (p244) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on **racket and cricket clubs**: "
      "tennis, padel, squash and badminton clubs and village / town cricket clubs, and the volunteers and small agencies who write their software – "
      "the court-booking stack (Django, Flask, FastAPI, Rails, Symfony, NestJS, Next.js, Quarkus, Micronaut, .NET user-secrets, Go / Viper), "
      "the scoring app (React Native, an iOS xcconfig, Gradle properties, Capacitor), the pavilion scoreboard (a Raspberry Pi environment file and daemon YAML), "
      "floodlight controllers (JSON, an MQTT bridge), court gates and ball machines (Arduino `arduino_secrets.h`, MicroPython, an ESP-IDF NVS CSV), "
      "the clubhouse bar till (a registry export, a terminal INI), the members' site (Drupal, Joomla, Supabase), ops (Helm, a Kubernetes Secret with stringData, "
      "Terraform variables, Ansible host_vars, a Podman quadlet, GitLab CI, GitHub Actions, a Jenkinsfile, Drone, zsh and PSReadLine history, crontab) and the messy places "
      "values get pasted (a committee Slack, a cricket-section WhatsApp, a padel Jira comment, a fixtures-sheet CSV, an OCR of the clubhouse whiteboard, a support e-mail); "
      "secrets of this world such as a Verhoeff-checked `lvk_` ladder key, an Adler-32-tailed `lsf_` live-scoring token, an ISO 7064 MOD 11-2 `wbg_` wristband-gate token, "
      "a Django `SECRET_KEY`, an age `AGE-SECRET-KEY-1…` identity with a real bech32 checksum and an HS512 coaching-app JWT; the club world's services "
      "(Playtomic, CourtReserve, ClubSpark, Play-Cricket, CricHeroes, TeamSnap, Spond, Pitchero, Skedda, MATCHi, Club Automation, UTR, PlaySight, Resova, Mindbody, Glofox, PlayHQ, "
      "Kisi, Nuki, Brivo, igloohome, SwingVision, PitchVision, LTA Advantage, USTA TennisLink, CricClubs, Badminton England, ECB, Tennis Australia, the Wimbledon ballot) "
      "plus the commerce, messaging, AI, developer and ops services such developers use (120 vendor types in all); with hard negatives from the same world "
      "(booking references, Play-Cricket match ids, player and membership numbers, ball-can and racket GTINs, stringing tickets, Luhn member cards, publishable keys, "
      "quickstart placeholders, masked values, secret-store pointers, argon2 / pbkdf2 hashes, SOPS and age ciphertext with public recipients, WireGuard and ssh public keys, "
      "webhook signatures, OAuth client and account ids, image digests, committee prose, payout ids, camera and beacon ids, league codes).\n")
    a("Everything is produced by `build.py` and its modules (`common244.py`, `everyday244.py`, `vendor244.py`, `positional244.py`, `prose244.py`, `enc244.py`, `dec244.py`, "
      "`evasions244.py`, `negatives244.py`, `checks244.py`, `readme244.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds "
      "(24401 everyday values, 24411 everyday pairing, 24402 vendor values, 24412 vendor styles, 24403 positional, 24404 prose, 24405 evasions, 24406 negatives), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files and of this README, runs every check and %d mutation tests, "
      "and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief244/`.\n" % len(muts))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory (`benchmarks/corpora/privacy_twohundredfortyfourth/`) was created "
      "(with `mkdir -p`) and written; the only listing made there was `ls -la` of this directory itself (right after creating it – which prints its own `.` and `..` entries – and after the build), "
      "plus reads, edits and runs of its own files; its parent was never listed or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. "
      "The only project material read were the two READMEs in `/tmp/brief244/` (`README_twohundredthirtyninth.md`, p239, coffee roasters; `README_twohundredfortyfirst.md`, p241, cheesemakers; "
      "the directory was listed once with `ls -la` and the files sized with `wc -c`), read with `cat`, `sed`, `awk`, `grep` and `cut` and parsed by the build's own deny-list extraction, used only to learn "
      "the file format and what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch244/` (an extracted copy of the public gitleaks rule file, "
      "an encoder / decoder round-trip script). The deny-list (`common244.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also split at `__` "
      "(%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d) and the names and name words of those pairs (%d). "
      "It is frozen in `brief_names.json`; when `/tmp/brief244/` exists the build re-extracts it and fails if it differs (this build: %s). Ideas the two READMEs name only in prose "
      "(their *avoided* / *set aside* / *trimmed* lists of encodings, syntaxes, vendors and languages) were avoided by hand as well. Novelty is checked against these two READMEs only; "
      "older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_note))

    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(sec), len(sec), len(span_types), len(kinds), src["everyday"], src["vendor"], src["password"], src["prose"], src["prose"]))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len(set(r["type"] for r in eva)), len(set(r["container"] for r in eva)), len(enc244.ENCODINGS)))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len(set(r["container"] for r in neg)), nclasses))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (as in the earlier corpora): positives `id` (`p244-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), "
      "`source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p244-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` (`evasion`); the single span also has "
      "`plain` (the clean secret) and `encoding`. Negatives (`p244-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, "
      "UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (%d candidates written down; set aside: %s). "
      "Positional passwords %d (one record per syntax; %d written, %d trimmed to stay within 95–120; by where the text lives: %s). Prose 40 in 40 languages (spares written and unused: %s). "
      "Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450). Strings drawn through the registry "
      "(values, generated vendor neighbours, Base64 positional values and their inner passwords, evasion plains and runs): %d.\n"
      % (len(vendor244.VENDORS) + len(vendor244.SET_ASIDE), "; ".join("%s (%s)" % (bt(n), w) for n, w in vendor244.SET_ASIDE),
         len(positional244.SYNTAXES), len(positional244.ALL_WRITTEN), len(positional244.TRIMMED),
         ", ".join("%s %d" % (k, v) for k, v in where_count.most_common()),
         ", ".join("%s (%s)" % (bt(c), n) for c, n, _, _ in prose244.SPARES), len(neg), nclasses, len(sec), meta["registry"]))

    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes and never the key. "
      "Values pasted where they do not belong (a committee Slack, a cricket-section WhatsApp, a Jira comment, a support e-mail, a fixtures CSV, a whiteboard OCR, zsh / PSReadLine history, crontab, "
      "a Kubernetes Secret's stringData, CI files, a Jupyter `%env` cell, a helpdesk ticket) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits "
      "(positional, prose and evasion passwords use only `- _ .`). The build checks `%s` for the six everyday password types and the 10 owner-chosen vendor passwords, and the strict `%s` for every plain "
      "positional value, the password inside each Base64 positional value, every prose value and every clubhouse-office evasion plain."
      % (", ".join(C.WORLD_WORDS[:40]), len(C.WORLD_WORDS), C.PW_RE.pattern, C.PW_STRICT_RE.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no negative; no evasion plain and no Base64-hidden password appears in any text. "
      "Values, vendor neighbours, Base64 positional values and their inner passwords, evasion plains and runs are drawn through one registry that refuses repeats and any string in a substring "
      "relation (6+ characters) with an earlier one; a negative is redrawn if it contains any positive value, evasion plain or hidden password of 6+ characters, a world word + joiner + tail "
      "(the password form), a JWT-shaped string, a UUID-shaped string that is not version 4, or repeats an earlier negative.")
    a("- Structured values are valid: `lvk_` keys carry the real Verhoeff check digit of their 8-digit club number (tables asserted on the textbook 236 → 3), `lsf_` tokens end in the real Adler-32 "
      "of their 28-character body (`Wikipedia` → 11e60398 reproduced), `wbg_` tokens end in the ISO 7064 MOD 11-2 check character of their 16 digits (the ORCID example 000000021825009 → 7 reproduced), "
      "Django keys are 50 characters of Django's own alphabet, age identities are bech32 with a real checksum over the HRP `age-secret-key-` (upper-cased as age prints them), coaching tokens are real "
      "HS512 JWTs (all checked). Every UUID-shaped substring of every text is version 4 and every JWT-shaped substring of a positive or evasion text has base64url JSON header and payload and a "
      "signature length that fits its `alg` (checked). Vendor frames: the Supabase service-role key is a real HS256 JWT, the MailerLite and Calendly tokens are JWTs with RS256 / ES512-sized "
      "signatures, the Sentry org token and the Grafana Cloud token are Base64 of real JSON, the Mapbox secret token carries base64url JSON, the Azure Service Bus key is Base64 of 32 bytes; all "
      "120 vendor values are checked against a regular expression built from the same spec that generated them (or the validator of the special frame). Negatives: GTINs carry real GS1 check digits, "
      "member cards real Luhn digits, age recipients real bech32 checksums, ssh-ed25519 keys the real wire frame, digests are real digests of random bytes; argon2, pbkdf2 and SOPS bodies are random in frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.lawnside-tennis.example`, `*.oakfield-cc.example`, `*.padelhub-north.example`, `*.clubcourts.internal`, private addresses), key names, "
      "and the ids written next to a vendor secret (%s) and the user half of a user / password pair."
      % "; ".join("%s: %s" % (t, " ".join(nb[0])) for t, cat, spec, o, nb, h in vendor244.VENDORS if nb))
    a("- Key names are the type's key words in the container's own case style (upper, snake, camel, pascal, kebab, dot, spaced for chats, tickets and e-mails, title for the CSV header and the OCR). "
      "Vendor key names are the full type name in the style's case.\n")

    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t), d) for t, w, d, k in everyday244.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(n), s) for n, s, f in everyday244.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed 24411) of the 12 types and deals four consecutive types to each kind, so every kind holds "
      "four different types and every type sits in exactly 15 records (checked); secrets therefore also land in implausible places (an age identity in a crontab, a JWT on the whiteboard).\n")
    a("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in the public gitleaks rule file, *believed* from memory, *guessed* where no "
      "published shape is known, so that the type is recognisable only from the key name):\n")
    for cat, title in vendor244.CATS:
        items = [(t, spec, o, nb) for t, c, spec, o, nb, h in vendor244.VENDORS if c == cat]
        a("*%s* (%d): " % (title, len(items)) + "; ".join(
            "%s (%s – %s%s)" % (bt(t), vendor244.spec_desc(spec), o, (" – next to it: " + " ".join(nb[0])) if nb else "") for t, spec, o, nb in items) + ".\n")
    a("Styles: " + "; ".join("%s (%s, %d)" % (bt(n), d, Counter(meta["styles"].values())[n]) for n, d, c in vendor244.STYLES)
      + ". Styles are dealt from seeded shuffles (seed 24412); `curl_bearer_header_oneliner` carries no key name and is used only for keys and tokens with a known API host and no neighbour "
      "(never for passwords or URL-shaped credentials); when a style has a neighbour line (an id, key id, e-mail or account name) the neighbour is written in the same style and left unlabelled.\n")
    a("Positional passwords (%d syntaxes, span type `rqcpw_<syntax>`, container `<syntax>__<where>` with where = %s): " % (
        len(positional244.SYNTAXES), ", ".join("%s %s" % (k, bt(v)) for k, v in positional244.WHERE.items()))
      + "; ".join("%s (%s, %s)" % (bt(positional244.PFX + n), w, s) for n, w, s, t in positional244.SYNTAXES)
      + ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; checked). Set aside: "
      + "; ".join("%s (%s)" % (bt(n), why) for n, why in positional244.SET_ASIDE)
      + "; trimmed to keep the count at %d: %s.\n" % (len(positional244.SYNTAXES), ", ".join(bt(n) for n in positional244.TRIMMED)))
    a("Prose: someone tells a colleague the password of the pavilion / clubhouse office PC and asks them to keep it to themselves; span type %s; container `<format>__<iso639-3>`; formats %s (cyclic). "
      "Languages (40): %s. None of them or the spares is among the languages of either README (checked: code against the codes and all deny-listed names; name and each name word against the language names). "
      "Scripts: %s. Hebrew and Arabic are right-to-left with the Latin value embedded; Japanese, Chinese, Cantonese, Burmese and Lao, which write without spaces between words, set the value off with spaces; "
      "every value is set off by whitespace on both sides (checked).\n"
      % (bt(prose244.TYPE), ", ".join(bt(f) for f in prose244.FORMATS), ", ".join("%s (%s)" % (bt(c), n) for c, n, s, x in prose244.LANGS),
         ", ".join(sorted(set(s for c, n, s, x in prose244.LANGS)))))

    a("## Evasion encodings\n")
    a("; ".join("%s = \"%s\"" % (bt(n), enc244.RULES[n]) for n in enc244.ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: %s" % (enc244.FAMILIES[n], bt(n)) for n in enc244.ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("%s (%s)" % (bt(t), d) for t, d, l in evasions244.TYPES) + "; wordings: " + ", ".join(bt(w[0]) for w in evasions244.WORDINGS)
      + " (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding appears once per type and once per wording). Each text states the rule in words, "
      "then `:` and a newline, then the run on its own line, then a remark (checked).\n")
    a("Encoders are in `enc244.enc` (the rng only adds noise the decoder ignores: the word chosen for each length, game numbers and 1st / 2nd serve labels, batter names and balls faced, racket numbers, "
      "the middle block of the card numbers, the multiple of 128); the decoder `dec244.decode` gets only the encoding name and the run and is written separately, importing nothing from the encoder and "
      "no `base64`, `binascii`, `codecs` or `unicodedata`, with every table retyped: a checkerboard reader with the shift rules, Deseret and small-capital code-point tables, a Swedish number table built from "
      "its own units / teens / tens, base-5 digits, an integer square root for the triangular and Cantor inverses, word lengths, the base-9 over symbols, three regular expressions for the serve, batting "
      "and weigh-in disguises, ace / fault bits, the POSTNET two-out-of-five table, the ModHex alphabet, a hand-written Base64 and Base32 reader, Morton de-interleaving, the Euclidean algorithm for the "
      "continued fraction, a Luhn verifier for the card numbers, residues modulo 128 and a CHAR() parser. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding "
      "while writing (0 failures); Base32 was checked against the RFC 4648 vector `foobar` → `MZXW6YTBOI======`; at build time every span is decoded back to its `plain` (checked). Plains are redrawn "
      "if they would appear inside their own run.\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every encoding of both READMEs and every item of their avoided lists (among them Bubble Babble, proquints, Cyrillic / Greek "
      "homoglyphs, Runic, Ethiopic, counting rods, Thai digits, Italian and Turkish number words, Brainfuck, acrostics, float32 words, squares and square-plus-remainder, autokey and Porta, Manchester, "
      "Hamming(7,4), BCD, MIDI notes, base100 emoji, base 6, Unicode names, big-integer decimal, bit reversal, letter-case steganography, inverse modulo 257, the GPS, EAN-13 and other world disguises; "
      "NATO, Baconian, basE91, Crockford / z-base-32 / base32hex, Base58 / Base62, Ascii85 / Z85 / Base45, uuencode / xxencode, quoted-printable and escapes, Morse, Braille, ternary / base 7 / duodecimal / "
      "octal / base 36 / sexagesimal, negabinary, Zeckendorf, factoradic, Gray code, XOR, Vigenère / Beaufort / Caesar / Atbash / affine / Polybius, rail fence, columnar, reversals, the mathematical, "
      "fullwidth, circled, squared and parenthesized letters, Cherokee, Coptic, Glagolitic, regional indicators, DNA quads, dice, tarot, chess squares, hexagrams, clock times, spreadsheet columns, "
      "A1Z26, element symbols, keyboard tricks, prime factorisations, residue triples, delta coding, HTML entities, IPv4 / IPv6 / MAC disguises). Close relatives remain and a scorer may count them as "
      "the same idea: Deseret next to the earlier Runic / Cherokee / Coptic substitutions; small capitals next to the earlier look-alike blocks (homoglyphs, mathematical and fullwidth letters); Swedish "
      "next to the earlier number-word languages; base 5 and the base-9 over log next to the earlier numeral bases (base 6, ternary, base 7); triangular numbers and Cantor pairs next to squares and "
      "square-plus-remainder (arithmetic on code points); mod-128 homophones next to the residue triples; the serve chart next to the earlier bit codes (Baconian, Manchester); POSTNET next to the "
      "earlier bit and barcode codes (BCD, EAN-13 disguises); standard Base32 next to the avoided Base32 variants (Crockford, z-base-32, base32hex); UTF-16LE Base64 next to the earlier zlib + Base64; "
      "the word-length steganography next to the acrostic and the letter-case steganography; the CHAR() formula next to the Brainfuck program (both rebuild the text when run); the Luhn card numbers, "
      "serve speeds, batting runs and racket weights next to the earlier world disguises. The straddling checkerboard, ModHex, Morton interleaving and the continued fraction have no close relative in either README.\n")

    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    nc = Counter(r["class"] for r in neg)
    for cls, desc, kinds_ in negatives244.CLASSES:
        a("| %s | %d | %s | %s |" % (bt(cls), nc[cls], ", ".join(bt(k[0]) for k in kinds_), desc))
    a("")
    a("Each base kind appears plain and wrapped " + ", ".join(bt(w[0]) for w in negatives244.WRAPPERS[1:])
      + " (container `<base kind><wrapper>`); the wrappers add committee, helpdesk, league e-mail and forum context whose words say the content is safe.\n")

    a("## Checks run by build.py before writing\n")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief244/` exists it is re-extracted and must be identical (%s). Every container kind (positives, evasions and negatives), span type, "
      "encoding, negative class, negative base kind and wrapper, vendor style, positional suffix, prose format and type, evasion wording and everyday type is compared case-insensitively, as a whole and "
      "by every `__` part, against the names; every positional syntax with `rqcpw_` stripped against the earlier syntaxes and names; every prose language code (and spare) against the codes and names, "
      "its name and name words against the language names." % deny_note)
    a("- Ids `p244-s-NNNN`, `p244-e-NNNN`, `p244-n-NNNN`, consecutive; exact record and span field sets (in order); exactly one span per positive and evasion; `text[start:end] == value`; "
      "span type = record type; the value occurs exactly once in its text and has no outer whitespace; evasion spans carry `plain` and `encoding` equal to the record's `encoding`; no placeholder left in any text.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types with containers `<type>__<style>`, positional 95–120 distinct syntaxes (one record each), "
      "prose 40 in 40 languages, positives 440–470, evasions 66 = 22 encodings × 3 (22 per type), negatives ≥ 180 in ≥ 16 classes, no repeated negative text, span types of the sources pairwise disjoint.")
    a("- Shapes: everyday values by type (password regex, Verhoeff digit, Adler-32 tail, MOD 11-2 character, Django alphabet and length, age bech32 checksum, HS512 JWT); vendor values against the regex "
      "built from each spec plus frame checks (JWT headers, Sentry and Grafana JSON, Mapbox JSON, Base64 length); positional values in strict password form (Base64 spans decoded first, the SASL user "
      "present); prose values strict and set off by whitespace; evasion plains by type; evasion layout (rule, `:` newline, run line, remark) and container `<encoding>__<wording>`.")
    a("- Every evasion run decodes with `dec244.decode` to its `plain`, and the run never contains its plain.")
    a("- No value is reused; none appears in any other record or any negative; no evasion plain or Base64-hidden password appears in any text; no negative contains a world-word password form or "
      "a JWT-shaped string; every UUID-shaped substring of every text is version 4; every JWT-shaped substring of a positive or evasion text is a valid JWT.")
    a("- Determinism: everything is generated twice in one process and the three JSONL files and this README must be byte-identical.")
    a("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): %s. Clean run errors: %d.\n"
      % (len(muts), sum(1 for _, c in muts if c), len(muts), ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in muts), n_clean_errs))

    a("## Shapes you had to guess\n")
    for origin, title in ((vendor244.G, "Read this session for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; nothing copied; every value generated; where the rule gives only a prefix, a case-insensitive class or a length range, the exact length and case are mine)"),
                          (vendor244.B, "Believed from memory of public rule sets and vendor docs (not re-read this session)"),
                          (vendor244.Q, "Guessed (length and alphabet only; most club-world vendors publish no token format the builder knows, so these are recognisable from the key name only)"),
                          (vendor244.O, "Owner-chosen passwords (a federation, league or club-platform account the club unlocks with a password it picked)")):
        items = [(t, spec) for t, c, spec, o, nb, h in vendor244.VENDORS if o == origin]
        a("*%s* (%d): " % (title, len(items)) + "; ".join("%s (%s)" % (bt(t), vendor244.spec_desc(spec)) for t, spec in items) + ".\n")
    a("Also invented or guessed: the everyday layouts `lvk_` (Verhoeff), `lsf_` (Adler-32) and `wbg_` (MOD 11-2) and the evasion prefixes `sbu_` / `lgp-` are invented; the Django `SECRET_KEY`, "
      "the age identity and the HS512 JWT are real formats used for invented purposes (the age `AGE-SECRET-KEY-1` frame and its 58-character body match the gitleaks `age-secret-key` rule read this session). "
      "The ball-machine admin list, the scoreboard user file and the floodlight timer export are invented formats of this world. Syntaxes written from memory, not re-checked against manuals "
      "(notably `ipmitool -P`, `isql DSN user secret`, `ldappasswd -s`, `ncat --proxy-auth`, `hey -a` / `ab -A`, `mc alias set` positions, `qpdf --encrypt user owner`, `winrs -p:`, `caddy hash-password --plaintext`, "
      "`rabbitmqadmin -p`, `nats -s` URL userinfo, `twine -p`, `poetry config http-basic`, `dotnet nuget add source -p`, `secret-tool store` reading stdin, `keyctl padd`, `kubeseal --raw --from-file=/dev/stdin`, "
      "`zfs load-key` from stdin, `veracrypt --stdin`, the paramiko positional order (hostname, port, username, password), `ZipFile.extractall(path, members, pwd)`, `Sequelize(db, user, password)`, "
      "`Database.forURL(url, user, password, …)`, `Sql.newInstance(url, user, password, driver)`, `SshClient(host, user, password)`, `SWbemLocator.ConnectServer` order, `RunAs` order, "
      "`openssl_pkcs12_read` order, `LWP credentials` order, `sp_addlinkedsrvlogin` / `sp_addlogin` positions, `CONNECT … USER … USING`, the ntp.keys and chap-secrets column orders, the proxychains ProxyList "
      "field order, the squid `login=` option, the FRR digest-key line, the Wireshark `Credentials:` line and the XCUITest / Detox / Robot Framework forms). The Deseret and small-capital code points were checked "
      "with Python's `unicodedata` in the scratch directory (the build never imports it). Negatives: stringing, league and terminal layouts are approximate; argon2, pbkdf2 and SOPS bodies are random in frame.\n")

    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (booking admin, floodlight controller, bar POS manager, membership DB, scoreboard operator, court gate service) and six generated secrets (`lvk_` Verhoeff key, "
      "`lsf_` Adler-32 token, `wbg_` MOD 11-2 token, Django `SECRET_KEY`, age identity, HS512 JWT). The Django key is a bare 50-character string of symbols and letters with nothing but the key name to "
      "tell it from noise, and its `# $ % &` characters are written verbatim even where a shell, crontab or systemd would need escaping. The age identity is the trap partner of the public `age1…` "
      "recipients in the negatives. Everyday passwords may contain `+ ! ~`. Key names in everyday files say password / key / token / jwt / identity – that is how such files look; the telling-key-free "
      "cases are in the positional source. ESP-IDF NVS keys are cut to 15 characters (the NVS key limit), so the key name there is truncated.")
    a("- Vendor: most club-world vendors (Playtomic, CourtReserve, ClubSpark, Play-Cricket, CricHeroes, TeamSnap, Skedda, MATCHi, Club Automation, UTR, PlaySight, Resova, Mindbody, Glofox, PlayHQ, Kisi, "
      "Nuki, Brivo, igloohome, SwingVision, PitchVision) publish no token format the builder knows, so their types are recognisable only from the key name (part of the test). 10 vendor types carry "
      "owner-chosen passwords. The Discord and Teams webhook URLs are labelled whole (the URL is the credential); the Klaviyo private key starts `pk_` although it is secret (the public company id is a "
      "6-character negative); same-shape traps: Stripe `rk_live_51` against `pk_live_51`, the PostHog personal `phx_` key against the project `phc_` key, the Mapbox `sk.` token against `pk.`, the Algolia "
      "admin key against the 32-hex search-only key, the Stripe `whsec_` secret against the `Stripe-Signature` values, bare UUIDv4 secrets (CourtReserve, PlayHQ, Postmark, Opsgenie) against booking, "
      "beacon and request ids, and many hex secrets against digests and commit ids. Ids next to a secret stay unlabelled as the public half of a pair (arguable for the Twilio API key SID, the AWS-style SES "
      "SMTP user `AKIA…`, the Alibaba `LTAI…` id, the WooCommerce `ck_` consumer key and the Langfuse `pk-lf-` key, which some detectors flag on their own). The SES SMTP password is Base64-shaped and only "
      "the key name tells it from ciphertext.")
    a("- Passwords: labelled when the value logs in (flags `-p`, `-P`, `-w`, `-p:`, glued `-p`; pairs `user:secret` in ab, ncat, jenkins-cli, squid; URL userinfo in pg_dump, wget, hg, redis-cli, nats, "
      "ffmpeg RTSP, SQLAlchemy, mysql2, WebSocket, git-credentials, lftp bookmarks, Kodi; positionals in isql, mc, poetry and library calls in Python, Node, Java, Kotlin, Scala, Groovy, C#, Go, Rust, Ruby, "
      "PHP, Perl, Swift, C, Arduino, VBScript and AutoIt), unlocks or encrypts (openssl enc -k, qpdf owner password, zipfile / zip4j, pypdf decrypt, PKCS#12 read, CryptoJS, pgp_sym_encrypt, SQLCipher "
      "PRAGMA key and sqlite3_key, VeraCrypt, ZFS), derives or signs with a literal (PBEKeySpec, Rfc2898DeriveBytes, argon2 / pgcrypto crypt / mkpasswd / slappasswd / caddy seeding an account, "
      "hmac.new, SymmetricKey, jose, cookie-parser), is stored for later use (pass, secret-tool, keyctl, kubeseal, passwd --stdin, poetry / dotnet nuget / twine credentials), sits in a file by position "
      "(.pgpass, chap-secrets, OpenVPN auth file, proxychains, ntp.keys, FRR, IOS SNMP community, three invented club files), travels in a protocol exchange (IMAP LOGIN, SMTP AUTH PLAIN and LOGIN "
      "(spans are the Base64), XMPP SASL PLAIN (span is the Base64), NickServ IDENTIFY, a Wireshark Basic `Credentials:` line) or is typed by automation (neutral field ids `f1` / `f2`). Weakest kept "
      "cases, with a hint nearby: the SNMP community strings and the NTP / OSPF keys (shared secrets, not personal passwords), `mc alias set`'s secret key, the `unlock` / `secret` / `credential` column "
      "headers of the invented files, `md5` before the OSPF key, `USING` in DB2, the prompts `UGFzc3dvcmQ6` (Base64 of `Password:`) and `Changing password for user` printed by the tools, "
      "`--store-password-in-clear-text` after the `dotnet nuget` value, the `secureTextFields` query in XCUITest, `passwd --stdin` and the `mkpasswd` / `slappasswd` / `caddy hash-password` tool names. "
      "Syntaxes whose flag, keyword or function says pass / passwd / password / pwd / pw / passphrase right before the value were not written (see the set-aside list). Closest relatives of earlier "
      "syntaxes, kept because the tool, file or mechanism differs: `docker login -p`, `oc login -p`, `az login -p`, `ipmitool -P`, `twine -p` (earlier -u/-p pairs), the URL userinfo cases (earlier "
      "pip, restic, mongoimport, asyncpg …), the HMAC / KDF literals (earlier PyJWT, jsonwebtoken, pgcrypto hmac), the UI typing calls (earlier Cypress, Puppeteer, robotjs …), the stdin pipes (earlier "
      "docker secret, wrangler, gopass, keyring …), `PRAGMA key` next to the earlier `ATTACH … KEY`.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for English, Russian, Estonian, Lithuanian, Galician, Esperanto, Serbian, Bosnian, "
      "Malay, Tagalog, Swahili, Uzbek, Haitian Creole, Hindi, Hebrew, Arabic, Japanese, Korean, Mandarin Chinese; modest for Icelandic, Luxembourgish, West Frisian, Occitan, Marathi, Cantonese, Kazakh, "
      "Javanese, Zulu, Xhosa, Hausa; low for Faroese, Scottish Gaelic, Breton, Gujarati, Kannada, Malayalam, Sinhala, Burmese, Lao, Yoruba. Loan words (password in Hindi, Marathi, Gujarati, Kannada, "
      "Malayalam, Tagalog; PC / computer forms in many) are kept as people use them. `arb` is Standard Arabic (named Arabic), `zsm` Standard Malay (named Malay), `uzn` Northern Uzbek (named Uzbek), "
      "`cmn` Mandarin Chinese, `yue` Cantonese (traditional characters).")
    a("- Evasions: the Deseret run renders as unfamiliar letters (or tofu) and the small-capital run looks like shouting text to a human; the word-length run reads as a list of tennis and cricket words; "
      "the over log, serve-speed log, batting card and racket weigh-in look like ordinary data of this world (a 322 g racket and a 122-run innings are at the edge of plausible, and 45 + 100 = 145 km/h "
      "is a slow first serve); the card numbers carry real Luhn digits, so a card validator accepts them; standard Base32 and UTF-16LE Base64 are what a real person would type at a shell; the CHAR() "
      "formula rebuilds the value when pasted into a spreadsheet; the continued-fraction run is one long fraction that looks like a ratio.")
    a("- Negatives: booking references, match and league ids, player and member numbers, GTINs, stringing tickets, card numbers, payout ids, device ids and league codes are identifiers (GS1 and Luhn "
      "digits real); Stripe `pk_live_51`, the Algolia search-only key, the reCAPTCHA site key, the Mapbox `pk.` token, PostHog `phc_`, the Sentry DSN, the Maps browser key (`AIza`) and the Klaviyo "
      "company id are public by design (the `AIza` browser key and the 32-hex Algolia search key are the most arguable negatives); the AWS documentation pair, `sk_live_...`, `xoxb-your-bot-token`, "
      "`<your-api-key>` and the `.env.template` with this corpus's key names and empty / `changeme` / `<set-in-vault>` / `${VAR:?required}` / `lvk_XXXX…` / `AGE-SECRET-KEY-1...` values are placeholders "
      "(a trap for key-name-only detectors); masked values show at most four characters; secretKeyRef, ARNs, hashi_vault lookups, `op://` and `${{ secrets.X }}` are pointers; pbkdf2 and argon2 strings are "
      "one-way hashes (in a column called password – a trap); SOPS values and armoured age files are ciphertext and their `age1…` recipients are public keys; WireGuard `PublicKey` and ssh-ed25519 keys are "
      "public; webhook signature headers carry HMAC outputs, not the signing secret; OAuth client ids, tenant ids, `acct_` / `ca_` ids and Twilio `AC` SIDs are public identifiers (`ca_` and `AC` are the most "
      "arguable); receipts carry masked PANs, auth codes, terminal ids and RRNs. Random fillers are generated, so an entropy-only detector will hit them – that is the point.\n")

    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief244/` (p239 and p241), for format and coverage only. The detector was not opened, listed or searched; nothing else under `/work/main` was touched; git was not run "
      "in the project; no other `/tmp` directory except `/tmp/scratch244/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the "
      "search tool's `fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch244/`), read for the rules behind every vendor type marked *read this session* (among them "
      "Stripe `rk_live_`, Shopify `shpss_`, SendGrid `SG.`, Square `EAAA`, Plaid, EasyPost `EZAK`, Shippo `shippo_live_`, Algolia, Facebook, Telegram, the Meta `EAAM` page token, Slack `xapp-` and `xoxp-`, "
      "the Teams webhook URL, Sendbird, Mattermost, OpenAI `sk-admin-…T3BlbkFJ…`, Anthropic `sk-ant-admin01-`, Cohere, GitHub `ghs_` / `ghr_`, GitLab `glptt-` / `glrt-`, Atlassian `ATATT3`, PyPI "
      "`pypi-AgEIcHlwaS5vcmc`, Terraform `.atlasv1.`, Linear `lin_api_`, the Sentry org token, Postman `PMAK-`, Doppler `dp.pt.`, Grafana `glc_` / `glsa_`, New Relic `NRAK-`, Vault `hvs.`, the Azure AD "
      "client secret `…Q~…`, the Cloudflare origin CA and global keys, Mapbox, Meraki, Alibaba, and the age secret key). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this "
      "session; the remaining shapes come from the builder's memory and are marked above as believed or guessed. Python's standard library (`hashlib`, `hmac`, `base64`, `json`, `zlib` for Adler-32, "
      "`fractions`) computes the digests, HMACs, check values and encodings of generated values; Verhoeff, Luhn, GS1, MOD 11-2, bech32, the straddling checkerboard, POSTNET, ModHex, Morton, Cantor and "
      "the Swedish number words are written by hand.")
    return "\n".join(L) + "\n"
