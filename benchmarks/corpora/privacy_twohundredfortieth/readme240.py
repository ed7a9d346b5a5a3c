"""Renders README.md of corpus p240 from the generated data (deterministic)."""
import collections

import everyday240
import vendor240
import positional240
import prose240
import evasions240
import negatives240

TITLE = "# privacy_twohundredfortieth (p240) – held-out credential corpus"

INTRO = (
    "Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
    "focused on **choirs and orchestras**: choir, orchestra and concert-hall box-office developers – the box-office "
    "site and ticketing API (Laravel `.env`, Symfony parameters, Spring Boot, ASP.NET Core), the choir member portal "
    "and app (Rails credentials, Phoenix `runtime.exs`, Flask, FastAPI, Flutter dart-defines, Expo, Android "
    "`local.properties`), the orchestra librarian's score archive (Nextcloud, restic, borgmatic), the hall itself "
    "(QLC+ lighting workspace, Q-SYS Lua, Crestron SIMPL#, OBS profile and stream-encoder units, surtitle player "
    "and cue tool, ESP32 and MicroPython door scanners), the patron / donor CRM (Odoo, CiviCRM, Metabase), the tour "
    "planner (Rust TOML, Ktor HOCON, node-config), the ops around them (Ansible group vars, Terraform tfvars JSON, "
    "Compose overrides, Nomad, `fly secrets set`, CircleCI, Bitbucket and Azure Pipelines, fish and PSReadLine "
    "history) and the messy places values get pasted (a WhatsApp choir-group export, a Discord channel copy, a "
    "Zendesk ticket note, an office spreadsheet CSV, a note in a conductor's score margin); secrets of this world "
    "such as a Damm-checked `bxo_` box-office sales key, an Adler-32-tailed `smw_` seat-map webhook secret, an "
    "ISO 7064 MOD 97-10 `gsc_` gate-scanner token, a Laravel `APP_KEY`, a Rails `secret_key_base` and an age "
    "identity with a real Bech32 checksum; the trade's own services (Tessitura, Spektrix, AudienceView, "
    "Ticketmaster, Eventbrite, Ticket Tailor, Ticketsolve, PatronManager, See Tickets, Humanitix, TicketSource, "
    "ThunderTix, Ludus, ChoirGenius, Chorus Connection, Muzodo, HarmonySite, OPAS, Henle Library, nkoda, Newzik, "
    "Soundslice, BoxCast, Dacast, Resi, Vimeo, YouTube Live, Twitch, Restream, Mux, Bloomerang, DonorPerfect, Neon "
    "CRM, Little Green Light, Givebutter, Donorbox, Blackbaud SKY, Beacon, Artifax, Crestron XiO, Q-SYS Reflect, "
    "Dante Domain Manager, Shure SystemOn) plus the commerce, messaging, AI, developer and ops services such "
    "developers use (120 vendor types in all); with hard negatives from the same world (ISMN score codes, ISWC / "
    "ISRC registrations, BWV / K. / opus numbers, ticket barcodes, instrument and desk serials, publishable "
    "checkout keys, placeholders, masked displays, `op://` and ARN pointers, bcrypt / yescrypt hashes, SSH and TLS "
    "public material, recording checksums, livestream ids, charity IBANs, Ansible Vault and Laravel ciphertexts, OSC "
    "and MIDI show-control dumps, build digests, record ids, handbook prose, JWKS documents). Everything is "
    "produced by `build.py` and its modules (`common240.py`, `everyday240.py`, `vendor240.py`, `positional240.py`, "
    "`prose240.py`, `enc240.py`, `dec240.py`, `evasions240.py`, `negatives240.py`, `checks240.py`, `readme240.py`, "
    "frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (24001 "
    "everyday values, 24011 everyday pairing, 24002 vendor, 24003 positional, 24004 prose, 24005 evasions, 24006 "
    "negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, "
    "compares the bytes of the three JSONL files, runs every check and {nmut} mutation tests, renders this README "
    "from both generations and compares it, and only then writes the files (on any failure it prints the errors, "
    "writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief240/`.")

INDEPENDENCE = (
    "**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
    "(`benchmarks/corpora/privacy_twohundredfortieth/`) was created (with `mkdir -p`) and written; the only listings "
    "made there were `ls -la` of this directory itself (right after creating it, which prints its own `.` and `..` "
    "entries, and after the final build) and reads, edits and runs of its own files; its parent was never listed or "
    "searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. "
    "The only project material read were the two READMEs in `/tmp/brief240/` (`README_twohundredthirtyseventh.md`, "
    "p237, dentists; `README_twohundredthirtyeighth.md`, p238, photographers; the directory was listed once with "
    "`ls -la` and the files sized with `wc -c`), read with `cat`, `sed`, `awk`, `grep` and small Python slices, used "
    "only to learn the file format and what is already covered. No other `/tmp` directory was looked at except the "
    "scratch directory `/tmp/scratch240/` (an extracted copy of the public gitleaks rule file, an encoder / decoder "
    "round-trip script and trial outputs). The deny-list (`common240.extract_denylist`) holds every backticked name "
    "and every snake_case identifier of both READMEs, lower-cased, also split at `__` ({nnames} names), the earlier "
    "positional syntaxes with their `<letters>pw_` prefix stripped ({nsyn}), the codes of every `` `code` (Name) `` "
    "pair ({ncodes}; the pattern also catches a few non-language pairs, which only makes the list stricter) and the "
    "names and name words of those pairs ({nlnames}). It is frozen in `brief_names.json`; when `/tmp/brief240/` "
    "exists the build re-extracts it and fails if it differs (this build: {denynote}). Ideas the two READMEs name "
    "only in prose (their *avoided* and *set aside* lists of encodings, syntaxes, vendors and languages, and the "
    "languages they use for number words) were avoided by hand as well. Novelty is checked against these two "
    "READMEs only; older corpora may share vendors, syntaxes, languages or notations.")


def _list(items):
    return "; ".join(items)


def render(pos, eva, neg, meta, deny, deny_notes, mres, nerr):
    out = []
    w = out.append
    w(TITLE)
    w("")
    w(INTRO.replace("{nmut}", str(len(mres))))
    w("")
    w(INDEPENDENCE.replace("{nnames}", str(len(deny["names"]))).replace("{nsyn}", str(len(deny["syntaxes"])))
      .replace("{ncodes}", str(len(deny["language_codes"]))).replace("{nlnames}", str(len(deny["language_names"])))
      .replace("{denynote}", "; ".join(deny_notes)))
    w("")
    by = collections.Counter(r["source"] for r in pos)
    wheres = collections.Counter(p[1] for p in positional240.P)
    w("## Files and counts")
    w("")
    w("| file | records | spans | span types | container kinds | notes |")
    w("|---|---|---|---|---|---|")
    w("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(pos), sum(len(r["secrets"]) for r in pos), len({r["type"] for r in pos}), len({r["container"] for r in pos}),
        by["everyday"], by["vendor"], by["password"], by["prose"], by["prose"]))
    w("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (
        len(eva), len(eva), len({r["type"] for r in eva}), len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    w("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}),
                                                               len({r["class"] for r in neg})))
    w("| `README.md` | – | – | – | – | rendered by `build.py` |")
    w("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, "
      "`language_codes` %d, `language_names` %d) |" % (len(deny["names"]), len(deny["syntaxes"]),
                                                       len(deny["language_codes"]), len(deny["language_names"])))
    w("")
    w("Schema (same as the earlier corpora): positives `id` (`p240-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, "
      "`vendor`, `password`, `prose`). Evasions (`p240-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, "
      "`text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. "
      "Negatives (`p240-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point "
      "offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.")
    w("")
    w("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (one "
      "record per type; written down and set aside: `posthog_personal_api_key` (the name is already on the deny-list), "
      "`doppler_personal_token` (deny-listed by p237's set-aside list), `moises_music_api_key` (shape unknown), "
      "`sinch_sms_api_token` (SMS covered by Twilio, MessageBird and Pushover), `twilio_api_key_secret` (used by "
      "p238)). Positional passwords %d (one record per syntax; by where the text lives: %s; ideas written down and "
      "set aside because the tool, flag or function says pass / passwd / pw / passphrase right before the value, or "
      "because an earlier README or a kept syntax has the idea: %s). Prose %d in %d languages (spares written down and unused: %s). Evasions %d = "
      "%d × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about 450). "
      "Strings drawn through the registry (values, vendor neighbours, evasion plains and runs): %d (of them %d "
      "public neighbours)." % (
          by["password"], ", ".join("%s %d" % kv for kv in sorted(wheres.items(), key=lambda x: -x[1])),
          "; ".join("`%s` (%s)" % x for x in positional240.SET_ASIDE_WHY),
          by["prose"], by["prose"], ", ".join("`%s` (%s)" % s for s in prose240.SPARES), len(eva),
          len({r["encoding"] for r in eva}), len(neg), len({r["class"] for r in neg}), len(pos), meta["registry"],
          meta["public"]))
    w("")
    w("## Conventions")
    w("")
    w("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or "
      "protocol element, never the quotes and never the key. Values pasted where they do not belong (a WhatsApp "
      "export, a Discord copy, a Zendesk note, an office CSV, a score-margin OCR, fish and PSReadLine history, "
      "`fly secrets set`, `doppler secrets set`, `kubectl create secret --from-literal`, `op item get` output, "
      "`sops -d` output, a KeePass XML export, an e-mail to the developer) are labelled.")
    w("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with "
      "probability 0.4) + one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and "
      "evasion passwords use only `- _ .`). The build checks `^[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}$` for the "
      "six everyday password types and the ten owner-chosen vendor passwords, and the strict "
      "`^[A-Za-z][a-z]+[-_.][a-z0-9]{3,5}[0-9]{2}$` for every positional value, every prose value and every till-PC "
      "evasion plain." % (_words40(), _nwords()))
    w("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and "
      "in no negative; no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are "
      "drawn through one registry that refuses repeats and any string in a substring relation (6+ characters) with "
      "an earlier one; a negative is redrawn if it contains any registered secret string of 6+ characters, a world "
      "word + joiner + tail (the password form, with alphanumeric boundaries), a UUID-shaped string that is not "
      "version 4 or any JWT-shaped string, or if it repeats an earlier negative text.")
    w("- Structured values are valid: `bxo_` keys carry the real Damm check digit of their 10-digit venue number "
      "(Damm table asserted on the textbook example 572 → 4), `smw_` secrets end in the real Adler-32 of their "
      "40-character body (asserted: Adler-32 of `Wikipedia` = 0x11E60398), `gsc_` tokens end in two real ISO 7064 "
      "MOD 97-10 check digits (the same arithmetic validates the textbook IBAN GB82WEST12345698765432, asserted), "
      "Laravel keys are `base64:` + Base64 of exactly 32 bytes, Rails keys 128 hex, age identities Bech32 (not "
      "Bech32m) with HRP `age-secret-key-` and a real checksum (encoder asserted on the BIP-173 vector `a12uel5l`). "
      "Every UUID-shaped substring of every text is version 4 (checked). Vendor frames: the 1Password service-account "
      "token is `ops_` + Base64 of real JSON, the Discord bot token starts with base64url of an 18-digit id, the "
      "Matrix token carries base64url of its localpart, the Spektrix and Azure Storage keys are Base64 of 64 bytes, "
      "the Blackbaud application secret Base64 of 32 bytes (all checked); all 120 vendor values are checked against "
      "a regular expression built from the generator's own spec. Negatives: ISMN and ticket EAN-13 check digits, "
      "ISWC check digits and GB IBAN MOD 97-10 check digits are real; SSH keys have the real wire framing; "
      "checksums and digests are real digests of random bytes; password hashes and ciphertexts are random in frame.")
    w("- Public neighbours are unlabelled: user names, hosts (`*.riversidehall.example`, `*.stcecilia-chorale.example`, "
      "`*.northgate-philharmonic.example`, `*.harbourlights-youth-orchestra.example`, "
      "`*.lindenvale-choral-society.example`, `*.internal` names), key names and the ids written next to a vendor "
      "secret (%s) and the user half of a user / password pair." % "; ".join(
          "%s: %s" % (t, nb[0]) for t, nb in sorted(meta["neighbours"].items())))
    w("- Everyday containers: key names are the type's key words in the container's case style (upper, snake, camel, "
      "pascal, kebab, dot, spaced in chats, title in the CSV and the OCR).")
    w("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the vendor "
      "type's words in the style's case; the KeePass export puts the type's title-case words in `Title`, the "
      "neighbour (or `api`) in `UserName` and the secret in `Password`; `op item get` prints the title-case words as "
      "the field label." % ", ".join("`%s` (%s)" % (s[0], s[1]) for s in vendor240.STYLES))
    w("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where "
      "the text lives: %s." % (positional240.PREFIX, positional240.PREFIX, ", ".join(
          "`%s` (%s)" % (v, k) for k, v in positional240.SUFFIX.items())))
    w("- Prose: span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic)." % (
        prose240.TYPE, ", ".join("`%s`" % f for f in prose240.FORMATS)))
    w("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, "
      "then the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would "
      "appear inside its own run, if the run equals the plain, if the run would start or end with whitespace or hold "
      "a newline, or if the registry refuses plain or run.")
    w("")
    w("## Categories (positives)")
    w("")
    w("Everyday (12 types): " + _list("`%s` (%s)" % (t[0], t[2]) for t in everyday240.TYPES) + ".")
    w("")
    w("Container kinds (45, key style in brackets): " + ", ".join(
        "`%s` (%s)" % (k[0], k[1]) for k in everyday240.KINDS) + ". Pairing: the 45 kinds form 15 blocks of three; "
      "each block takes its own seeded permutation (seed 24011) of the 12 types and deals four consecutive types to "
      "each kind, so every kind holds four different types and every type sits in exactly 15 records (checked); "
      "secrets therefore also land in implausible places (this build: %s)." % _odd_places(pos))
    w("")
    w("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* "
      "in the public gitleaks rule file or the Betterleaks rule sources, *believed* from memory, *guessed* where no "
      "published shape is known to the builder, so that the type is recognisable only from the key name, "
      "*owner-chosen* for portal passwords):")
    w("")
    for g, title in vendor240.GROUP_TITLE.items():
        items = [v for v in vendor240.V if v[1] == g]
        w("*%s* (%d): " % (title, len(items)) + _list(
            "`%s` (%s – %s%s)" % (v[0], vendor240.spec_words(v[2]), v[3],
                                   (" – next to it: " + v[4]) if v[4] else "") for v in items) + ".")
        w("")
    w("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (len(positional240.P), positional240.PREFIX) +
      _list("`%s%s` (%s, %s)" % (positional240.PREFIX, p[0], p[1], p[2]) for p in positional240.P) +
      ". None of them, nor the set-aside names, is among the syntaxes or names of either README (compared after "
      "removing the `<letters>pw_` prefix; checked), and the ideas of the READMEs' set-aside lists were avoided by hand.")
    w("")
    w("Prose: someone tells a colleague the password of the box-office PC and asks them to keep it to themselves; "
      "languages (40): " + ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose240.L) +
      ". None of them or the spares is among the languages of either README (checked: code against the codes and all "
      "deny-listed names; name and each name word against the language names); Finnish is kept out of the prose "
      "because this corpus uses it for number words, and the languages the READMEs use for numerals or number words "
      "(Basque, Hebrew, Dutch, German, Spanish, Japanese, Greek, Latin, Lithuanian, Icelandic, Estonian, Swahili, "
      "Māori, Esperanto) were avoided. Scripts: " + ", ".join(sorted({s for _c, _n, s, _t in prose240.L})) +
      ". Persian, Arabic and Urdu are right-to-left with the Latin value embedded; Urdu, Punjabi, Nepali and "
      "Amharic put a copula after the value (after a space); Thai, which writes without spaces between words, sets "
      "the value off with spaces; Hawaiian puts the value right after the focus particle ʻO; every value is set off by "
      "whitespace on both sides (checked).")
    w("")
    w("## Evasion encodings")
    w("")
    w("; ".join("`%s` = \"%s\"" % (e[0], e[2]) for e in evasions240.ENCODINGS) + ".")
    w("")
    w("Families: " + "; ".join("%s: `%s`" % (e[1], e[0]) for e in evasions240.ENCODINGS) + ".")
    w("")
    w("Evasion types: " + _list("`%s` (%s)" % t for t in evasions240.TYPES) + "; wordings: " +
      ", ".join("`%s`" % x for x in evasions240.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j "
      "take wording (i + j) mod 3, so each encoding appears once per type and once per wording).")
    w("")
    w("Encoders are in `enc240.enc` (the rng only chooses the acrostic's filler words, which the decoder ignores); the "
      "decoder `dec240.decode` gets only the encoding name and the run and is written separately, importing nothing "
      "from the encoder or `common240` and no `base64`, `binascii`, `codecs` or `unicodedata`, with every table "
      "retyped: solfège syllables, pitch classes, the bar:beat and seat arithmetic, Ogham code-point arithmetic with "
      "the ^ and ᚜ marks, the NATO words, base 6, the POSTNET table, Ge'ez code-point ranges, the Church Slavonic "
      "letter values (titlo stripped), a basE91 decoder, the A1Z26 run, playing-card code points (knights rejected), "
      "a Finnish number parser (`sata`, `-kymmentä`, `-toista`), a Bech32 checksum verifier with padding check, the "
      "acrostic reader, the reverse homoglyph table, base100 arithmetic, a GSM seven-bit unpacker that honours the "
      "length octet, a log2 pitch reader, Hangul syllable arithmetic and a price parser. Every pair was round-tripped "
      "on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build time "
      "every span is decoded back to its `plain` (checked). The encoder asserts the Ge'ez and Cyrillic code points "
      "with `unicodedata.name`, so encoder and decoder tables are independent.")
    w("")
    w("Avoided on purpose (named by an earlier README in a list or in prose): Roman, Hebrew, Aegean, Kaktovik, "
      "Egyptian, Attic, Armenian and Greek numerals; Basque, Dutch and every other number-word language named there; "
      "negabinary, prime factors, Elias gamma, Gray code, base 3 / 7 / 36, octal, dozenal; Bubble Babble, Base58, "
      "Crockford and other Base32s, zlib + Base64, HTML / CSS escapes, quoted-printable; Beaufort, Vigenère, keyword "
      "alphabets, Atbash, affine, rail fence, Polybius; Coptic, Glagolitic, regional indicators, CJK packing, "
      "mathematical and enclosed look-alikes, tag characters, zero-width interleaves; chemical elements, Brainfuck, "
      "multi-tap, Unicode names; IPv4 / IPv6 / MAC groups, colour swatches, every dental and photographic disguise. "
      "Close relatives remain and a scorer may count them as the same idea: base 6 next to the earlier bases; Ge'ez "
      "next to the Aegean / Egyptian additive numerals; Church Slavonic numerals next to Hebrew and Armenian letter "
      "numerals (the closest relative here); Ogham next to Coptic and Glagolitic (but without case pairs); base91 and "
      "Bech32 next to the earlier binary-to-text encodings (Bech32 adds a checksum); Hangul nibbles next to the CJK "
      "packing and the VITA shade nibbles; base100 next to the emoji look-alikes; the solfège digits, MIDI pitch "
      "names, bar:beat, seat numbers, frequencies and ticket prices next to the earlier world disguises of code "
      "points; the extended A1Z26 next to the Unicode-name spelling. NATO spelling, POSTNET bars, playing cards, the "
      "Finnish numbers, the acrostic, the Cyrillic homoglyph swap and the GSM seven-bit PDU have no close relative "
      "in either README; the homoglyph run looks exactly like a plain secret and is probably the hardest.")
    w("")
    w("## Negative classes")
    w("")
    w("| class | records | base kinds | what is in it |")
    w("|---|---|---|---|")
    cnt = collections.Counter(r["class"] for r in neg)
    for cname, desc, kinds in negatives240.CLASSES:
        w("| `%s` | %d | %s | %s |" % (cname, cnt[cname], ", ".join("`%s`" % negatives240.kind_name(k) for k in kinds), desc))
    w("")
    w("Each base kind appears plain and wrapped " + ", ".join("`__%s`" % x for x in negatives240.WRAPPERS) + ".")
    w("")
    w("## Checks run by build.py before writing")
    w("")
    w("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief240/` exists it is re-extracted and must be identical "
      "(%s)." % "; ".join(deny_notes))
    w("- Ids `p240-s-NNNN`, `p240-e-NNNN`, `p240-n-NNNN`, consecutive; exact record and span field sets (in order); "
      "exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the value "
      "occurs exactly once in its text and has no outer whitespace; evasion spans carry `plain` and `encoding` equal "
      "to the record's `encoding`; no placement marker left in any text.")
    w("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types with "
      "containers `<type>__<style>`, positional 95–120 distinct syntaxes (one record each), prose 40 in 40 languages, "
      "positives 440–470, evasions 66 = 22 encodings × 3 (once per type and once per wording), negatives ≥ 180 in "
      "≥ 16 classes, no repeated negative text, span types of the sources pairwise disjoint.")
    w("- Shapes: everyday values by type (password regex, Damm digit, Adler-32 tail, ISO 7064 digits, Laravel key "
      "length, Rails hex, age Bech32 checksum); vendor values against the regex built from each spec plus frame checks "
      "(JSON inside the 1Password token, Base64 lengths, Discord id, Matrix localpart); positional and prose values "
      "strict password form; prose values set off by whitespace; evasion plains by type; evasion text layout (rule, "
      "`:` newline, run line, remark) and container `<encoding>__<wording>`.")
    w("- Every evasion run decodes with `dec240.decode` to its `plain`, and the run never contains or equals its plain.")
    w("- No value is reused; none appears in any other record or any negative; no evasion plain appears in any text; "
      "no negative contains a world-word password form; every UUID-shaped substring of every text is version 4; every "
      "JWT-shaped substring (none are expected) must be a valid JWT.")
    w("- Deny-list: every container kind (positives, evasions and negatives), span type, encoding, negative class, "
      "negative base kind and wrapper, everyday kind and type, vendor style, positional suffix, prose format, evasion "
      "wording and evasion type, as a whole and split at `__`; every positional syntax with `%s` stripped against the "
      "earlier syntaxes and names; every prose language code (and spare) against the codes and names, its name and "
      "name words against the language names." % positional240.PREFIX)
    w("- Determinism: everything is generated twice in one process and the three JSONL files and the README must be "
      "byte-identical.")
    w("- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: "
      "%d/%d): %s. Clean run errors: %d." % (len(mres), sum(1 for _n, c in mres if c), len(mres), ", ".join(
          "`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in mres), nerr))
    w("")
    w("## Shapes you had to guess")
    w("")
    for prov, label in ((vendor240.R, "*Read this session* for shape in the public gitleaks default rule file "
                         "(`gitleaks/gitleaks`, `config/gitleaks.toml`) or the Betterleaks rule sources "
                         "(`betterleaks/betterleaks`, `cmd/generate/config/rules/*.go`); nothing copied; every value "
                         "generated; where the rule gives only a prefix, a case-insensitive class or a length range, "
                         "the exact length and case are mine"),
                        (vendor240.B, "*Believed right from memory of public rule sets and vendor docs (not re-read "
                         "this session)*"),
                        (vendor240.G, "*Guessed (length and alphabet only; most box-office, choir, orchestra, "
                         "streaming and fundraising vendors publish no token format the builder knows, so these are "
                         "recognisable from the key name only)*")):
        items = [v for v in vendor240.V if v[3] == prov]
        w("%s (%d): " % (label, len(items)) + _list("`%s` (%s)" % (v[0], vendor240.spec_words(v[2])) for v in items) + ".")
        w("")
    items = [v for v in vendor240.V if v[3] == vendor240.O]
    w("*Owner-chosen passwords (a trade portal, SQL login or hall-AV admin unlocked with a password the organisation "
      "picked)* (%d): " % len(items) + _list("`%s`" % v[0] for v in items) + ".")
    w("")
    w("Also invented or guessed: the everyday layouts `bxo_` (Damm digit), `smw_` (Adler-32 tail) and `gsc_` (ISO 7064 "
      "MOD 97-10) and the evasion prefixes `hlc_` / `cpt-` are invented; the Laravel key, the Rails key and the age "
      "identity are real formats used for invented purposes. The choir section roster, the orchestra locker sheet "
      "and the till float sheet are invented formats of this world. Syntaxes written from memory, not re-checked "
      "against manuals (notably `obs-cmd --websocket obsws://host:port/SECRET`, the QLab OSC `/workspace/<id>/connect` "
      "argument (QLab passcodes are usually four digits; here they carry a password), the Q-SYS external-control "
      "`login` command, the Crestron console `ADDUSER -N: -P:` form, the position of the EDIFACT `UNB` recipient "
      "reference / password (S005), `PQsetdbLogin`'s seventh argument, `pysftp.Connection`'s fourth, `redis.Redis`'s "
      "fourth, `load_key`'s first, the exim client-auth file layout, `ilorest login`, `ncftpput -u/-p` and the "
      "nginx `{PLAIN}` scheme). Vendor shapes where only part is known: Stripe `sk_live_51` + 97 (the rule allows "
      "10–99), the Telegram token `AA` start (the rule fixes only `A`), YouTube stream keys as five groups of four, "
      "Twitch `live_` + 9 digits, Restream `re_` keys, Ticket Tailor `sk_` + box-office number, SumUp `sup_sk_` and "
      "Adyen `AQE` lengths. Evasion code points (Ogham U+1681–U+169A and U+169C, Ge'ez U+1369–U+137B, playing cards "
      "U+1F0A1–U+1F0DE, base100 U+1F3F7 + byte, Hangul U+AC00 arithmetic), the POSTNET digit table and the Finnish "
      "number words are from memory and checked by round trip (Ge'ez and the homoglyph targets also by "
      "`unicodedata.name`); Damm, Adler-32, MOD 97-10, EAN-13, Luhn and Bech32 are asserted against published "
      "examples at import. Negatives: ISWC, ISRC, IPI, plate, policy, charity and Gift Aid layouts are approximate.")
    w("")
    w("## Judgement calls")
    w("")
    w("- Everyday: six owner-chosen passwords (box-office back office, choir portal, score library, lighting console, "
      "surtitle PC, patron CRM) and six generated secrets (`bxo_` Damm key, `smw_` Adler-32 secret, `gsc_` ISO 7064 "
      "token, Laravel `APP_KEY`, Rails `secret_key_base`, age identity). The Rails key is bare 128 hex with nothing but "
      "the key name to tell it from digests (the negatives carry SHA-256 and MD5 hex); the Laravel key is written "
      "with its `base64:` prefix as Laravel does, and the span includes that prefix. Key names in everyday files say "
      "password / key / secret / token / identity – that is how such files look; the telling-key-free cases are in "
      "the positional source.")
    w("- Vendor: most trade vendors (Spektrix, Ticketmaster consumer secrets, Ticket Tailor, Ticketsolve, See "
      "Tickets, Humanitix, TicketSource, ThunderTix, Ludus, nkoda, Newzik, Soundslice, BoxCast, Dacast, Resi, "
      "Restream, Mux, Bloomerang, DonorPerfect, Neon CRM, Little Green Light, Givebutter, Donorbox, Blackbaud, "
      "Beacon, Artifax, Crestron XiO, Q-SYS Reflect) publish no token format the builder knows, so their types are "
      "recognisable only from the key name (part of the test). Ten vendor types carry owner-chosen passwords "
      "(Tessitura, AudienceView, ChoirGenius, Chorus Connection, Muzodo, HarmonySite, OPAS, Henle Library, Dante "
      "Domain Manager, Shure SystemOn). Stream keys (YouTube, Twitch, Restream) are labelled: whoever has one can "
      "broadcast on the organisation's channel. The Slack webhook URL is labelled whole; the Ably key is labelled "
      "whole including its public app and key ids. Same-frame traps: the Klaviyo private key `pk_` next to Stripe's "
      "publishable `pk_live_51` in the negatives; the Gemini `AIza` key against the Google Maps browser key of the "
      "negatives (same shape – the most arguable pair of this corpus); the Algolia admin key against the Algolia "
      "search-only key of the negatives (both 32 hex); UUIDv4 secrets (Humanitix, Squarespace, Snyk) against UUIDv4 "
      "record ids; many 32 / 40 / 64-hex secrets against digests. Ids next to a secret stay unlabelled as the public "
      "half of a pair – including the AWS access key id, the Twilio account SID, the Google OAuth client id, the "
      "PatronManager consumer key, the Square application id, the Braintree public key and the Pusher app key (a "
      "scorer may count some of these as sensitive).")
    w("- Passwords: labelled when the value logs in (flags `-U user%SECRET`, `-u/-p`, `/u: /p:`, `-u user,SECRET`, "
      "`-u user:SECRET`, `/rp`, `-p` in certutil and mutool, `-P` in zip, `-K` in ccrypt, glued `-hp` in rar; "
      "positionals in `net use`, `net user`, `rabbitmqctl add_user`, `samba-tool user create`, `rclone obscure`; "
      "`user/SECRET@alias` in sqlplus; URL userinfo in mysqlsh, ovftool, WinSCP, RTSP, a proxied ftp URL and "
      "`obsws://` path segment; library calls in Python, Node, Java, Kotlin, C#, Go, Rust, Ruby, PHP, Perl, C, C++, "
      "Dart, Elixir, R, VBScript and PowerShell), unlocks or decrypts (`zfs load-key`, `op signin`, PyKeePass, "
      "msoffcrypto, `load_pem_private_key`, `KeyStore.load`, `X509Certificate2`, SQLCipher `ATTACH … KEY`), signs or "
      "derives with a literal (PyJWT, jsonwebtoken, golang-jwt, Elixir `:crypto.mac`, scryptSync, bcryptjs, "
      "`AES_ENCRYPT`, pgcrypto `hmac`, `openssl_encrypt`), is stored for later (`docker secret create -`, "
      "`secret-tool store`, `keyring set`, `kubectl --from-file=/dev/stdin`, `aws ssm --value file:///dev/stdin`, "
      "`gh secret set` from stdin, `CREATE USER … IDENTIFIED BY`, `CREATE DATABASE LINK`, `sp_addlinkedsrvlogin`), "
      "sits in a file by position (`.pgpass`, `rsyncd.secrets`, davfs2 secrets, the Postfix SASL map, the exim "
      "client file, nginx `{PLAIN}`, `ipsec.secrets` PSK, an Asterisk `register =>` line, the EDIFACT `UNB` "
      "recipient reference, three invented files), travels in a protocol exchange (RTSP, QLab OSC, Q-SYS ECP, IRC "
      "NickServ, a proxy request line, a Crestron console) or is typed by automation (neutral field ids `f1` / `f2`). "
      "Weakest kept cases, with a hint nearby: the file names `.pgpass`, `rsyncd.secrets`, `davfs2/secrets` and "
      "`passwd.client` and the `sasl_map` name (the line itself has no key), the `PSK` keyword of ipsec.secrets (a "
      "shared key), the `KEY` clause of SQLCipher, the `IDENTIFIED BY` keyword, the `-P:` of the Crestron console and "
      "the `-p` of certutil / mutool / docker / ilorest (single letters, not words), the `code`, `combo` and `unlock` "
      "column headers of the invented files, the `IDENTIFY` of NickServ, and the QLab and Q-SYS control passcodes "
      "(usually short PINs in practice). Syntaxes whose flag, keyword or function says pass / passwd / password / "
      "pwd / pw / passphrase right before the value were not written (see the set-aside list). Closest relatives of "
      "earlier syntaxes, kept because the tool, file or mechanism differs: many `-u/-p` pairs (rdesktop, docker, "
      "ncftpput, ilorest, cypher-shell; earlier smbmap, evil-winrm, racadm, yt-dlp, PsExec), URL userinfo in new "
      "tools (earlier pg_dump, mongosh, git, hg, curlftpfs), the LDAP bind in ldap3 (earlier python-ldap, ldapjs, Go, "
      "PHP, C), the pgcrypto `hmac` literal (earlier pgcrypto `crypt` and `pgp_sym_encrypt`), the invented CSV / TSV "
      "/ pipe files (earlier roster, courier and badge files), the UI typing calls (earlier Selenium, Puppeteer, "
      "TestCafe, Espresso, XCUITest and others).")
    w("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair "
      "for " + ", ".join(dict((c, n) for c, n, _s, _t in prose240.L)[c] for c in prose240.CONFIDENCE["fair"]) +
      "; modest for " + ", ".join(dict((c, n) for c, n, _s, _t in prose240.L)[c] for c in prose240.CONFIDENCE["modest"]) +
      "; low for " + ", ".join(dict((c, n) for c, n, _s, _t in prose240.L)[c] for c in prose240.CONFIDENCE["low"]) +
      ". Loan words (password in Tagalog, Maltese, Bengali, Punjabi, Telugu, Nepali, Urdu; computer forms in many) "
      "are kept as people use them. `azj` is North Azerbaijani (named Azerbaijani), `arb` Standard Arabic (named "
      "Arabic), `pes` Iranian Persian (named Persian), `npi` Nepali, `sqi` Albanian (macrolanguage; the sentence is "
      "standard Tosk-based Albanian), `nya` Chichewa (Nyanja).")
    w("- Evasions: the homoglyph run renders like an ordinary secret (only its Cyrillic letters differ) – a detector "
      "that normalises confusables will see the plain; the acrostic run reads as a list of music words; the ticket "
      "prices, seat numbers, bar:beat positions, pitch names and frequencies look like ordinary concert data; the "
      "basE91 run contains punctuation, sometimes a `\"` (escaped in the JSON line); the Bech32 run has the same "
      "alphabet as the age identity of the everyday source; the POSTNET bars and the Ogham letters are box-drawing "
      "and Ogham characters a tokenizer may split oddly.")
    w("- Negatives: ISMN, ISWC, ISRC, catalogue numbers, ticket barcodes, serials, MAC addresses, livestream ids and "
      "record ids are identifiers; the Stripe `pk_live_51`, reCAPTCHA, Google Maps browser key, Square application "
      "id, Algolia search-only key and Mapbox `pk.` token are public by design (the Maps `AIza` key has the shape of "
      "the labelled Gemini key – arguable); `<your-…>`, `sk_live_...`, x runs, `changeme`, `${VAR}`, `REPLACE_ME` "
      "and empty values are placeholders; bullets, `***`, `[MASKED]` and star displays carry no value; `op://`, "
      "Doppler, ARN, `secretKeyRef` and `remoteRef` strings are pointers; bcrypt, yescrypt and sha512crypt strings are "
      "one-way hashes (the column is called `password_digest` – a trap); SSH public keys and certificate fingerprints "
      "are public; checksums and digests are public; Ansible Vault files and Laravel encrypted cookies are "
      "ciphertexts whose key is elsewhere; the handbook and minutes talk about passwords without giving one; charity "
      "IBANs are published for donations. Random fillers are generated, so an entropy-only detector will hit them – "
      "that is the point.")
    w("")
    w("## Sources consulted")
    w("")
    w("- The two READMEs in `/tmp/brief240/` (p237 and p238), for format and coverage only. The detector was not "
      "opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no "
      "other `/tmp` directory except `/tmp/scratch240/` was looked at.")
    w("- External, read for shape only (nothing copied; every credential-looking value is generated): the public "
      "gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's "
      "`fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch240/`) and the public "
      "Betterleaks rule sources (`betterleaks/betterleaks`, `cmd/generate/config/rules/*.go`, fetched the same way and "
      "read with `git show`), for the rules behind every vendor type marked *read this session* (among them Stripe, "
      "Square `sq0csp-`, GoCardless `live_`, Shopify `shpat_`, Squarespace, Klaviyo `pk_`, Slack `xoxb-` and hooks, "
      "Telegram, Mailgun `key-`, MessageBird, Mattermost, Mailchimp `-us`, Brevo `xkeysib-`, OpenAI `sk-proj-` with "
      "`T3BlbkFJ`, Anthropic `sk-ant-api03-`, Gemini `AIza`, Groq `gsk_`, Replicate `r8_`, Hugging Face `hf_`, "
      "Perplexity `pplx-`, Together `tgp_v1_`, Cerebras `csk-`, GitHub `ghp_` / `gho_`, GitLab `glpat-` / `gldt-`, "
      "npm `npm_`, Heroku `HRKU-AA`, Vercel `vcp_`, Fly.io `fo1_`, Render `rnd_`, 1Password `ops_eyJ`, Pulumi `pul-`, "
      "Snyk, CircleCI `CCIPAT_`, Algolia, Notion `ntn_`, Airtable `pat…`, Cloudflare, DigitalOcean `dop_v1_`, Datadog, "
      "Sentry `sntryu_`, Octopus `API-`, New Relic `NRII-`, Fastly, Meraki, Zendesk, Intercom, Honeycomb, age "
      "`AGE-SECRET-KEY-1`). One semantic code search (Groq key shape) also showed a Kingfisher rule excerpt. "
      "CredSweeper and vendor documentation were not opened this session; the remaining shapes come from the "
      "builder's memory and are marked above as believed or guessed. Python's standard library (`hashlib`, `zlib`, "
      "`struct`, `base64`, `json`, `math`, `unicodedata` in the encoder only) computes the digests, check values and "
      "encodings of generated values.")
    return "\n".join(out) + "\n"


def _odd_places(pos):
    kinds = collections.defaultdict(list)
    for r in pos:
        if r["source"] == "everyday" and everyday240.TYPE_KIND[r["type"]] == "gen":
            kinds[r["container"]].append(r["type"])
    out = []
    for k in ("conductor_score_margin_ocr", "choir_whatsapp_chat_export_txt", "hall_lighting_qlcplus_workspace_xml"):
        for t in kinds.get(k, []):
            out.append("`%s` in `%s`" % (t, k))
    return ", ".join(out[:4]) if out else "none"


def _words40():
    from common240 import WORLD_WORDS
    return ", ".join(WORLD_WORDS[:40])


def _nwords():
    from common240 import WORLD_WORDS
    return len(WORLD_WORDS)
