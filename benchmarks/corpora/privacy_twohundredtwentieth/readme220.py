"""Renders README.md from the generated data (deterministic)."""
from collections import Counter

import common220 as C
import enc220
import everyday220 as E
import evasions220 as EV
import negatives220 as N
import positional220 as P
import prose220 as PR
import vendor220 as VD


def bt(s):
    return "`%s`" % s


def render(data, deny, deny_status, muts):
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    by = Counter(r["source"] for r in sec)
    L = []
    A = L.append
    A("# privacy_twohundredtwentieth (p220) – held-out credential corpus\n")
    A("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**karting-track, paintball and laser-tag venue developers**: session and party bookings (Laravel, Symfony, Gin, NestJS, "
      "SvelteKit and AdonisJS booking stores, ROLLER, Bookwhen, Ticket Tailor-style and Eventbrite tokens, a webhook secret "
      "for party bookings), kart timing transponders and lap boards (.NET user secrets and App.config timing services, a RON "
      "and a Dynaconf transponder bridge, PM2 and Qt lap boards, a `tdk_` decoder key with a real CRC-32 tail, SMS-Timing, "
      "MYLAPS Speedhive, Apex Timing, Club Speed; transponder numbers and lap charts as negatives), waivers and age checks "
      "(Tauri and React Native kiosks, Spring age checks, Smartwaiver, WaiverForever, Yoti, Veriff, Onfido; waiver UUIDs as "
      "negatives), marshal briefings and incident logs (Django, Rails, Phoenix), equipment and marker servicing (Flask, Deno, "
      "Odoo; marker serials and cylinder hydrotest stamps as negatives), gift vouchers and memberships (WordPress, Magento, "
      "Strapi, Payload; a `GV1-` voucher-signing key with a real Crockford check symbol; Luhn voucher numbers and EAN-13 "
      "membership cards as negatives), league tables (Hugo, Next.js, Sanity, Challonge, start.gg, LeagueApps) and arena "
      "lighting and scoring controllers (Bitfocus Companion, ESP32 NVS, Zephyr, Arduino, an HS512 scoring JWT, an age "
      "identity with a real Bech32 checksum, a WPA2 raw PSK, LIFX, Nanoleaf, Hue, Laserforce, Zone; RDM UIDs and MAC "
      "addresses as negatives); plus the commerce, messaging, AI, developer and ops services such developers use "
      "(Stripe restricted and webhook keys, Square, PayPal, Mollie, Braintree, WooCommerce, Shopify, Wix, Webflow, Zoho "
      "Books, FreeAgent, SendGrid, Mailjet, SparkPost, MailerLite, Mandrill, Vonage, Plivo, Sinch, TextMagic, Esendex, "
      "WhatsApp Cloud, Slack app-level tokens, Discord and Teams webhooks, Pushover, ntfy, Telegram, OpenAI admin keys, "
      "Anthropic admin keys, Mistral, Cohere, DeepSeek, xAI, OpenRouter, ElevenLabs, Deepgram, AssemblyAI, Langfuse, "
      "Hugging Face, GitHub, GitLab, PyPI, Docker Hub, RubyGems, Terraform Cloud, Netlify, Supabase, PlanetScale, Vault, "
      "Grafana, New Relic, Tailscale, Portainer, Cloudflare, Turnstile, hCaptcha, reCAPTCHA, Vultr, OVH, Wasabi, Okta, "
      "Auth0, Atlassian, Trello, Asana, monday.com, ClickUp, Linear, Todoist, Zapier, IFTTT, Mapbox, Algolia, Contentful, "
      "Sanity, Twilio API keys, YouTube, Rollbar, Doppler, Verkada, Brivo, Reolink, Spotify, Yelp, Google Business "
      "Profile); with hard negatives from the same world. Everything is produced by `build.py` and its modules "
      "(`common220.py`, `everyday220.py`, `vendor220.py`, `positional220.py`, `prose220.py`, `enc220.py`, `dec220.py`, "
      "`evasions220.py`, `negatives220.py`, `checks220.py`, `readme220.py`, frozen deny-list `brief_names.json`): Python 3 "
      "standard library only, fixed `random.Random` seeds (%d everyday values, %d everyday pairing, %d vendor, %d positional "
      "passwords, %d prose, %d evasions, %d negatives), no clock, no network. `python3 build.py [outdir]` generates "
      "everything twice in one process, compares the bytes of the three JSONL files, runs every check and %d mutation "
      "tests, renders this README from both generations and compares it, and only then writes the files (on any failure "
      "it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list from "
      "`%s/`.\n" % (E.SEED_VALUES, E.SEED_PAIRING, VD.SEED, P.SEED, PR.SEED, EV.SEED, N.SEED, len(muts), C.BRIEF_DIR))
    A("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredtwentieth/`) was created (with `mkdir -p`) and written; the only listing made "
      "there was one `ls -la` of the new, empty directory right after creating it (it printed `.` and `..` only); its "
      "parent's contents were never listed or searched, nothing else under `/work/main` was opened, listed, grepped or "
      "searched, and git was never run there. The only project material read were the two READMEs in `%s/` "
      "(`README_twohundredfifteenth.md`, p215, upholstery / furniture-restoration / antique-dealer developers; "
      "`README_twohundredseventeenth.md`, p217, rowing-club / canoe-hire / outdoor-education developers), used only to "
      "learn the file format and what is already covered. No other `/tmp` directory was looked at except the scratch "
      "directory `/tmp/scratch220/` (a deny-list probe and trial builds). No external documentation, rule file or "
      "search index was consulted; every shape comes from the builder's memory and is marked below as believed, guessed or "
      "invented. The deny-list (`common220.extract_denylist`) holds every backticked name and every snake_case identifier "
      "of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their "
      "`<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches `alg`) "
      "and the names and name words of those pairs (%d, with harmless noise). It is frozen in `brief_names.json`; when "
      "`%s/` exists the build re-extracts it and fails if it differs (this build: %s). Encodings, languages and syntaxes "
      "that the two READMEs name only in prose were avoided by hand as well. Novelty is checked against these two READMEs "
      "only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (C.BRIEF_DIR, len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]),
         C.BRIEF_DIR, deny_status))

    # ---- files and counts
    A("## Files and counts\n")
    A("| file | records | spans | span types | container kinds | notes |")
    A("|---|---|---|---|---|---|")
    A("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(sec), sum(len(r["secrets"]) for r in sec), len({r["type"] for r in sec}), len({r["container"] for r in sec}),
         by["everyday"], by["vendor"], by["password"], by["prose"], len({r["container"].split("__")[1] for r in sec if r["source"] == "prose"})))
    A("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                       len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    A("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len({r["class"] for r in neg})))
    A("| `README.md` | – | – | – | – | rendered by `build.py` |")
    A("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    A("Schema (same as the earlier corpora): positives `id` (`p220-s-NNNN`), `type` (= type of its span), `container`, "
      "`text`, `secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, "
      "`password`, `prose`). Evasions (`p220-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, "
      "`secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives "
      "(`p220-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets, "
      "`text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    A("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kinds written "
      "down and unused: %s). Vendor 120 (%d candidates coded; set aside: %s). Positional passwords %d (%d syntaxes "
      "written; by where the text lives: %s; set aside: %s). Prose 40 in 40 languages (spares written and unused: %s). "
      "Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: about "
      "450). Strings drawn through the registry (values, random vendor neighbours, evasion plains and runs): %d.\n"
      % (", ".join(bt(k) for k in E.SPARE_KINDS), len(VD.V), "; ".join("%s (%s)" % (bt(k), v) for k, v in VD.SET_ASIDE.items()),
         by["password"], len(P.S) + len(P.EXTRA),
         ", ".join("%s %d" % (g, c) for g, c in Counter(s[1] for s in P.SYNTAXES).most_common()),
         "; ".join("%s (%s)" % (bt(k), v) for k, v in P.SET_ASIDE.items()),
         ", ".join("%s (%s)" % (bt(c), n) for c, n in PR.SPARES), len(neg), len(N.CLASSES), len(sec), data["registry_size"]))

    # ---- conventions
    A("## Conventions\n")
    A("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a marshals' Discord channel, a "
      "front-desk Slack DM export, a venue manager's SMS, a pit-wall whiteboard photo OCR, a Google Sheets CSV export, zsh "
      "history, a WhatsApp group, a Jira comment, a Bitwarden CSV export, `railway variables --set`, `netlify env:set`, "
      "`gh secret set`, `aws ssm put-parameter`, `eas secret:create`) are labelled.")
    A("- Owner-chosen passwords are a word of this world (%s, …; %d in all, letters only; capitalised with probability 0.4) "
      "+ one of `- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only "
      "`- _ .`). The build checks `%s` for the six everyday password types and the five owner-chosen vendor passwords, and "
      "the strict `%s` for every plain positional value, every password hidden in a Base64 positional span, every prose "
      "value and every timing-office-PC evasion plain."
      % (", ".join(C.WORLD_WORDS[:30]), len(C.WORLD_WORDS), C.PW_RE.pattern, C.PW_STRICT_RE.pattern))
    A("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no Base64-hidden password appears in any text. Values, random vendor neighbours, "
      "evasion plains and runs are drawn through one registry that refuses repeats and any string in a substring relation "
      "(6+ characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ characters, a "
      "hidden password or any string of the strict password form.")
    A("- Structured values are valid: every UUID-shaped substring of every text is version 4; every JWT-shaped substring "
      "of a positive or evasion text has base64url JSON header and payload and a signature length that fits its `alg` "
      "(HS256 32, HS512 64, RS256 256 bytes): the scoring-controller token is a real HS512 JWT, Gift Up, Supabase "
      "service-role and monday.com tokens real HS256 JWTs (keys discarded), MailerLite and the Wix `IST.` key RS256-shaped "
      "(random signature). `tdk_` keys end in six base62 characters of the real CRC-32 of their 30-character body; `pbw_` "
      "decodes (Base32) to 32 bytes; age identities carry a real BIP-173 Bech32 checksum; `GV1-` keys end in the real "
      "Crockford mod-37 check symbol; the WPA2 raw PSK is a real PBKDF2-HMAC-SHA1 (4096 rounds, 32 bytes) of a discarded "
      "passphrase with the SSID printed next to it (not re-checkable, the passphrase is gone); the Grafana Cloud token is "
      "`glc_` + Base64 of real JSON and the Mapbox `sk.` middle part is base64url JSON (all checked); every vendor value is "
      "regex-checked against its generator's spec. The three Base64 positional spans (SMTP `AUTH LOGIN`, XMPP SASL PLAIN, "
      "Docker `config.json` `auth`) decode to the password, NUL user NUL password and user:password (checked); the timing "
      "staff roster puts the value in columns 41–60 (checked). Negatives: voucher numbers carry real Luhn digits, "
      "membership EAN-13s real GS1 digits, UK VAT numbers real mod-97 check digits, `age1` recipients real Bech32 "
      "checksums (all checked); SHA-1 and SHA-256 values are real digests of random bytes.")
    nbs = ["%s: %s" % (v[0], v[3][0]) for v in VD.USED if v[3]]
    A("- Public neighbours are unlabelled: user names, hosts (`*.ridgewaykarting.lan`, `*.ridgewaykarting.example`, "
      "`*.splatzonepaintball.*`, `*.photonquest-lasertag.*`, `*.apexcircuitclub.*`, private addresses), SSIDs, key names, "
      "and ids written next to a vendor secret (%s) and the user half of a user / password pair." % "; ".join(nbs))
    A("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the type name in the "
      "style's case; in the Bitwarden CSV the key name is the entry `name`, the neighbour's key name sits in `notes`, the "
      "neighbour in `login_username` and the secret in `login_password`."
      % ", ".join("%s (%s)" % (bt(s), c) for s, c in VD.STYLES))
    A("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the "
      "text lives: %s." % (P.PW_PREFIX, P.PW_PREFIX, ", ".join("%s (%s)" % (bt(v), k) for k, v in P.SUFFIX.items())))
    A("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside "
      "its own run, if the run equals the plain, if the run would start or end with whitespace or if the registry refuses "
      "plain or run.\n")

    # ---- categories
    A("## Categories (positives)\n")
    A("Everyday (12 types): " + "; ".join("%s (%s)" % (bt(t[0]), t[2]) for t in E.TYPES) + ".\n")
    A("Container kinds (45, key style in brackets): " + ", ".join("%s (%s)" % (bt(k[0]), k[1]) for k in E.KINDS) +
      ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits "
      "in exactly 15 records (checked); secrets therefore also land in implausible places (an age identity in a Laravel "
      "`.env`, a WPA2 PSK in a Hugo config). Key names are the type's key words in the container's own case style: upper, "
      "snake, camel, pascal, dot, kebab (Spring relaxed binding), spaced (chats, SMS) and title (OCR, CSV header).\n" % E.SEED_PAIRING)
    A("Vendor (120 types, container `<type>__<style>`): " + ", ".join(bt(v[0]) for v in VD.USED) + ".\n")
    A("Positional passwords (%d syntaxes, span type `%s<syntax>`): " % (len(P.SYNTAXES), P.PW_PREFIX) +
      "; ".join("%s (%s, %s)" % (bt(P.PW_PREFIX + s[0]), s[1], s[3]) for s in P.SYNTAXES) +
      ". None of them is among the syntaxes or names of either README (compared after removing the `<letters>pw_` prefix; "
      "checked).\n")
    scripts = sorted({l[2] for l in PR.LANGS})
    A("Prose: someone tells a colleague the password of the race-control PC and asks them not to forward it; span type "
      "`%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them or the spares is "
      "among the languages of either README (checked: code against the codes and all deny-listed names; name and each "
      "name word against the language names). Scripts: %s. Japanese, Mandarin, Khmer and Burmese do not separate words, "
      "so the value got spaces around it; Hebrew is right-to-left with the Latin value embedded; Korean, Hindi, Marathi, "
      "Gujarati, Punjabi, Malayalam, Nepali, Tajik and Burmese put the copula or particle after the value (after a "
      "space); every value is set off by whitespace on both sides (checked).\n"
      % (PR.TYPE, ", ".join(bt(f) for f in PR.FORMATS), ", ".join("%s (%s)" % (bt(c), n) for c, n, _, _ in PR.LANGS),
         ", ".join(scripts)))

    # ---- evasions
    A("## Evasion encodings\n")
    A("; ".join("%s = \"%s\"" % (bt(n), rule) for n, _f, rule in enc220.ENCODINGS) + ".\n")
    A("Families: " + "; ".join("%s: %s" % (f, bt(n)) for n, f, _ in enc220.ENCODINGS) + ".\n")
    A("Evasion types: " + "; ".join("%s (%s)" % (bt(t[0]), t[2]) for t in EV.TYPES) + "; wordings: " +
      ", ".join(bt(w[0]) for w in EV.WORDINGS) + " (container `<encoding>__<wording>`; encoding i and type j take wording "
      "(i + j) mod 3, so each encoding appears once per type and once per wording).\n")
    A("Encoders are in `enc220.enc` (the rng only adds noise the decoder ignores: lap seconds, marker numbers, party "
      "names, transponder prefixes, drivers, and the shuffle of the index-tagged tokens); the decoder `dec220.decode` gets "
      "only the encoding name and the run and is written separately, importing nothing from the encoder and no `base64`, "
      "`binascii` or `codecs`, with every table retyped: a negabinary place-value fold, a bijective base-26 reader, "
      "`unicodedata.digit` for the Ol Chiki and Mongolian digits, Esperanto and Swahili word-value parsers (`mia` "
      "multiplies, `na` is skipped), Aegean code-point offsets, mark stripping, A/B to bits, a running sum, a brute-force "
      "modular inverse, pair re-swap, position sort, hand-written uudecode, Ascii85, Base58 and Crockford readers, and "
      "regular expressions plus arithmetic for the five world disguises. Every pair was round-tripped on 300 random "
      "`[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build time every span is decoded "
      "back to its `plain` and the Ol Chiki, Mongolian and Aegean code points are confirmed through `unicodedata` names "
      "(checked).\n")
    A("Avoided on purpose (named by an earlier README in a list or in prose): every base, digit block, number-word "
      "language, look-alike block, cipher, byte trick, barcode, positional order and arithmetic disguise named there "
      "(bases 3–15, 20, 36, 60, factorial and primorial bases, Zeckendorf, Gray code, BCD, nibble swap, XOR, octal / "
      "percent / HTML notations, Tibetan, Kayah Li, Suzhou, Balinese, Osmanya, Adlam, Javanese and Lao digits, "
      "superscripts, French, Latin, Czech, Portuguese, Polish and Danish number words, Hebrew and Armenian numerals, Roman "
      "numerals, Unicode names, element symbols, keyword alphabets, affine, Caesar / Atbash / Vigenère, Polybius, rail "
      "fence, columnar, Josephus, boustrophedon, decimation, odd / even split, fold, reversal, rotation, prime factors, "
      "Cantor pairs, squares, products and sums, Morse, NATO, Braille, POSTNET, multi-tap, parenthesized / circled / "
      "squared / fullwidth / monospace / Greek / Cyrillic / mathematical look-alikes, tags and zero-width characters). "
      "Close relatives remain and a scorer may count them as the same idea: negabinary and bijective base 26 next to the "
      "earlier bases, Ol Chiki and Mongolian digits next to the earlier digit blocks, Esperanto and Swahili next to the "
      "earlier number-word languages (the p217 README names “some twenty other” languages without listing them), Aegean "
      "signs next to Roman and Hebrew numerals, combining marks next to the zero-width and tag tricks, the biliteral "
      "A/B code next to plain binary, running differences and modular inverses next to products and sums, pair swap and "
      "index-tagged shuffles next to the earlier positional tricks, uuencode / Ascii85 / Base58 / Crockford next to the "
      "earlier byte notations, and the five world disguises next to the earlier world disguises. The combining-mark, "
      "pair-swap and index-tagged forms leave the characters readable in place, so a scorer may find them the easiest.\n")

    # ---- negatives
    A("## Negative classes\n")
    A("| class | records | base kinds | what is in it |")
    A("|---|---|---|---|")
    cnt = Counter(r["class"] for r in neg)
    for cname, desc, kinds in N.CLASSES:
        A("| %s | %d | %s | %s |" % (bt(cname), cnt[cname], ", ".join(bt(k.__name__) for k in kinds), desc))
    A("\nEach base kind appears plain and wrapped " + ", ".join(bt("__" + w) for w in N.WRAPPERS) + ".\n")

    # ---- checks
    A("## Checks run by build.py before writing\n")
    A("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span "
      "per record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value "
      "occurs exactly once in its text and nowhere else in any text; no value reused; no positive value inside a negative; "
      "no evasion plain or Base64-hidden password in any text; no slot marker, NUL or `PRIVATE KEY`; prose values set off "
      "by whitespace")
    A("- shapes: owner-chosen password regex for the everyday and owner-chosen vendor password types, the strict form for "
      "plain positional, Base64-hidden, prose and timing-office-PC evasion passwords (`arm_` and `vmt-` plains by their own "
      "regexes); `tdk_` CRC-32 tail; `pbw_` Base32 of 32 bytes; HS512 scoring JWT; age identity Bech32 checksum; `GV1-` "
      "Crockford check symbol; PSK hex; 120 vendor regexes plus the Grafana Cloud and Mapbox JSON frames; Base64 "
      "positional spans decode to a strict password; roster columns 41–60; UUID-shaped substrings of every text are "
      "version 4; every JWT-shaped substring of a positive or evasion text has JSON header and payload and a signature "
      "length that fits its `alg`; negatives: Luhn voucher numbers, GS1 EAN-13, UK VAT mod-97, `age1` Bech32, and no "
      "string of the strict password form")
    A("- evasions: every span decodes to its `plain` with the independent decoder; the run starts right after `:` and a "
      "newline and is followed by a newline and a remark; plain shape; the run never contains its plain; record and span "
      "encoding agree; container `<encoding>__<wording>`; 22 encodings × 3, once per type and wording; digit blocks and "
      "Aegean signs confirmed through `unicodedata`")
    A("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records")
    A("- deny-list: every container (positives, evasions, negatives – so every vendor style, password suffix, prose "
      "format, evasion wording, negative base kind and wrapper inside it), span type, evasion encoding, negative class, "
      "spare kind, style, suffix, format, wording, wrapper and set-aside name is compared case-insensitively, whole name "
      "and each `__` part, with the frozen deny-list; positional syntaxes (span type without `%s`) also against the "
      "earlier syntax list; prose languages (from the record containers) and spares by code, name and name words; "
      "`brief_names.json` is compared with a fresh extraction when `%s/` exists" % (P.PW_PREFIX, C.BRIEF_DIR))
    A("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor "
      "types with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in "
      "40 distinct languages; 66 evasions (22 × 3); positives 440–470; span types of the sources pairwise disjoint; "
      "non-everyday containers unique")
    A("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    A("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n"
      % (len(muts), sum(c for _, c in muts), len(muts), ", ".join("%s (%s)" % (bt(n), "caught" if c else "MISSED") for n, c in muts)))

    # ---- shapes
    A("## Shapes you had to guess\n")
    A("No external source was read this session; every shape below is from the builder's memory (nothing copied, every "
      "value generated).\n")
    for grade, title in (("believed", "Believed right from background knowledge (not re-read this session)"),
                         ("guessed", "Guessed (length and alphabet only; most venue, waiver, timing and small SaaS vendors publish no token format the builder knows, so these are recognisable from the key name only)"),
                         ("owner", "Owner-chosen passwords (the portal or device is unlocked with a password the venue picked)")):
        items = [v for v in VD.USED if v[2] == grade]
        A("*%s* (%d): " % (title, len(items)) + "; ".join(
            "%s (%s%s)" % (bt(v[0]), VD.shape_text(v[1]), (" – next to it: " + v[3][0]) if v[3] else "") for v in items) + ".\n")
    A("Also invented or guessed: the everyday layouts `tdk_` (CRC-32 tail in base62, modelled on GitHub's token "
      "checksum), `pbw_` and `GV1-` (Crockford check symbol) and the evasion prefixes `arm_` / `vmt-` are invented; the "
      "age identity follows the public age format as remembered (HRP `AGE-SECRET-KEY-`, upper-case Bech32 of 32 bytes) "
      "and was not re-checked against the age tool; the WPA2 raw PSK follows IEEE 802.11i PBKDF2 as remembered. The "
      "booking-staff CSV (`booking_console` column), arena staff pipe file (`scoring_login`), waiver-kiosk TSV (`unlock`), "
      "timing staff roster (fixed width, columns 41–60), marshal roster (`tablet`), league-admin JSON rows and the "
      "lap-decoder `#LOGIN` serial frame are invented formats of this world. Syntaxes written from memory, not re-checked: "
      "the flags of `7z`, `rar -hp`, FreeRDP `/p:`, `rdesktop -p`, `smbget --user`, `rpcclient -U`, `pgbench` / "
      "`cockroach` / `pgcli` URIs, `yt-dlp`, `cvlc` RTSP, `snmpwalk -A`, `snmpget -c`, `ovftool vi://`, `skopeo "
      "--src-creds`, `twine -p`, HTTPie `-a`, `ab -A`, `sqlline -n -p`, `couchbase-cli`, WinSCP `open`, `swaks -ap`, "
      "`sendemail -xp`, `bw unlock`, `veracrypt -p`, `encfs --extpass`, `mkpasswd`, MQTTX, amqp-tools, `mutool draw -p`; "
      "the stdin forms (`vncpasswd -f`, `keepassxc-cli`, `passwd --stdin`, `chpasswd`, `cryptsetup --key-file=-`, "
      "`sudo -S`); the library positions (pymssql, asyncpg, redis-py, requests, `ZipFile.extractall`, kazoo, "
      "itsdangerous, `pbkdf2_hmac`, exchangelib, pysnmp, pykeepass, pyocclient, nodemailer, amqplib, ldapjs, "
      "jsonwebtoken, `createHmac`, cookie-parser, `scryptSync`, argon2, smbj, `SecretKeySpec`, `PBEKeySpec`, SSH.NET, "
      "`Rfc2898DeriveBytes`, go-ldap, gorilla sessions, Rust ldap3, Net::IMAP, Net::SMTP, `OpenSSL::HMAC`, "
      "MessageVerifier, `ldap_bind`, `oci_connect`, Perl Net::SMTP, lua-resty-redis, `:crypto.mac`, CryptoKit, "
      "ESP8266WebServer, Blynk); the file layouts (pap-secrets, ntp.keys, racoon psk.txt, l2tp-secrets, "
      "`.git-credentials`, Docker `config.json`, radcli `servers`, stunnel psk.txt, monitrc `allow`, hostapd "
      "`wpa_psk_file`); the protocol forms (IMAP `LOGIN`, SMTP `AUTH LOGIN`, XMPP SASL PLAIN, Redis `MONITOR`, NickServ "
      "`IDENTIFY`, ESP8266 `AT+CWSAP`, FreeSWITCH `auth`, Tor `AUTHENTICATE`); the UI calls (TestCafe, Puppeteer, "
      "Capybara, Katalon, UFT, AutoIt, Squish, Gherkin, ydotool, `adb shell input text`, AppleScript `keystroke`, UiPath "
      "`TypeInto`) and the SQL forms (`pgp_sym_encrypt`, ClickHouse `remote()` and `mysql()`, `sp_addapprole`, "
      "`sp_setapprole`, MySQL `SHA2(CONCAT(…))`). Evasion rules: the Ol Chiki (U+1C50), Mongolian (U+1810) and Aegean "
      "(U+10107) code points were confirmed only through `unicodedata` at build time; the Esperanto and Swahili number "
      "words are from memory (Swahili 101–110 written `mia moja na …`, 111+ `mia moja <tens> na <units>`). Negatives: "
      "transponder, decoder, marker serial, cylinder stamp, RDM UID and membership layouts are approximate; Django "
      "PBKDF2 and Werkzeug scrypt bodies are random in the right frame, the age armour is Base64 of the real age header "
      "line plus random bytes, not a decryptable file.\n")

    # ---- judgement calls
    A("## Judgement calls\n")
    A("- Everyday: six owner-chosen passwords (session-booking admin, lap-timing database, waiver kiosk unlock, incident "
      "log, league CMS, lighting console) and six generated secrets (`tdk_` decoder key, `pbw_` party webhook secret, HS512 "
      "scoring JWT, age identity, `GV1-` voucher signing key, WPA2 raw PSK). Key names in everyday files say password / "
      "key / secret / jwt / psk – that is how such files look; the telling-key-free cases are in the positional source. "
      "The WPA2 raw PSK is 64 bare hex characters, the same shape as the SHA-256 digests in the negatives – only the key "
      "name tells them apart. The age identity (positive) and the `age1…` recipients (negatives) both carry real Bech32 "
      "checksums.")
    A("- Vendor: many venue, waiver, timing, signage and small SaaS vendors publish no token format the builder knows, so "
      "their types are recognisable only from the key name – part of the test. Five vendor types carry owner-chosen "
      "passwords (Zone operator portal, Bitfocus Companion admin, Reolink NVR admin, Alta Openpath portal, Esendex "
      "account). Same-shape traps: the reCAPTCHA secret sits next to a reCAPTCHA site key of the same `6L` + 38 shape "
      "(unlabelled, public by design), the Stripe `rk_live_51` positive and the `pk_live_51` negative share a frame, "
      "the YouTube `AIza` key (positive) shares its shape with the browser Maps key in the negatives, the Turnstile secret "
      "shares the `0x4AAAAAAA` frame with the Turnstile site key in the negatives; MYLAPS, Voucherify, Yoti, Veriff and "
      "CenterEdge secrets are bare UUIDv4s like the booking ids in the negatives; many 32 / 40 / 64-hex values look like "
      "the digests in the negatives. Ids next to a secret stay unlabelled, most arguably the WooCommerce `ck_` consumer "
      "key, the Langfuse `pk-lf-` key, the Mailjet API key, the Braintree public key, the Wasabi access key and the Twilio "
      "`SK` key sid, which some detectors flag on their own. Whole URLs are labelled for the Discord, Teams workflow and "
      "Zapier catch hooks (the URL is the credential). The Bitwarden CSV puts the neighbour's key name in `notes`.")
    A("- Passwords: labelled when the value logs in (flags, glued `-p`, `/p:`, `user%secret`, `user:secret` pairs, URL "
      "userinfo, library call positions), unlocks or encrypts (`7z`, `rar -hp`, `veracrypt`, `encfs`, `cryptsetup`, "
      "`keepassxc-cli`, `bw unlock`, pykeepass, `ZipFile.extractall`, `mutool draw -p`, `pgp_sym_encrypt`), sets a new "
      "secret (`passwd --stdin`, `chpasswd`, `vncpasswd -f`, `mkpasswd`, argon2 seeding, `sp_addapprole`), is a signing "
      "or derivation secret given as a literal (itsdangerous, `pbkdf2_hmac`, jsonwebtoken, `createHmac`, cookie-parser, "
      "`scryptSync`, `SecretKeySpec`, `PBEKeySpec`, `Rfc2898DeriveBytes`, gorilla sessions, `OpenSSL::HMAC`, "
      "MessageVerifier, `:crypto.mac`, CryptoKit, a MySQL pepper), is a Wi-Fi, RADIUS, PPP, L2TP, IPsec, NTP, TLS-PSK or "
      "SNMP secret, sits in a file by position, travels in a protocol exchange or is typed by UI automation (UI tests use "
      "neutral field ids `f1` / `f2`). The three Base64 spans are the whole Base64 token, not the decoded password. "
      "Weakest kept cases, with a hint nearby: the headers of the invented files (`booking_console`, `scoring_login`, "
      "`unlock`, `CONSOLE`, `tablet`), the tool names `mkpasswd`, `vncpasswd`, `chpasswd` and `passwd --stdin` (the value "
      "is still positional), `-ap` in swaks and `-xp` in sendemail (short for auth password), the `assword:` prompt before "
      "pexpect's `sendline`, `IDENTIFY` and `AUTHENTICATE`, and the Docker `auth` key. Syntaxes whose flag or function "
      "name says pass / password / passphrase right before the value were not written (hence the set-aside `gpg "
      "--passphrase-fd`, `restic --password-file`, DuckDB `ENCRYPTION_KEY`). Closest relatives of earlier syntaxes, kept "
      "because the tool, file or mechanism differs: `rpcclient -U 'user%pw'` (p217 `smbcacls`), `pgbench` / `cockroach` / "
      "`pgcli` URIs (p217 `pg_isready`), `vlc` RTSP (p215 `ffmpeg` RTSP), `snmpwalk -A` (p215 `snmpset -X`), "
      "pap-secrets (chap-secrets), ntp.keys (chrony.keys), `AT+CWSAP` (p215 `AT+CWJAP`), NickServ `IDENTIFY` (p215 IRC "
      "`OPER`), `pgp_sym_encrypt` (p215 pgcrypto `crypt`), jsonwebtoken (p215 jose), `cryptsetup --key-file=-` and "
      "`sudo -S` (the earlier stdin pipes).")
    A("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "German, Italian, Norwegian Bokmål, Russian, Galician, Afrikaans, Esperanto, Malay; modest for Serbian, Bosnian, "
      "Japanese, Korean, Mandarin Chinese, Hindi, Marathi, Nepali, Hebrew, Luxembourgish, Western Frisian, Uzbek, Haitian "
      "Creole, Cebuano, Javanese; low for Bengali, Gujarati, Punjabi, Kannada, Malayalam, Sinhala, Yoruba, Hausa, Zulu, "
      "Xhosa, Khmer, Burmese, Halh Mongolian, Tajik, Scottish Gaelic, Kinyarwanda, Maori. Loan words (password, PC, "
      "पासवर्ड, パスワード) are kept as people use them. `khk` is Halh Mongolian, `npi` Nepali (individual language), "
      "`zsm` is Standard Malay (named Malay here), `cmn` Mandarin Chinese.")
    A("- Evasions: negabinary and bijective base 26 are numeral systems; Ol Chiki and Mongolian digits are digit blocks; "
      "Esperanto and Swahili words are spelled forms; Aegean signs are an additive numeral notation; the dot-below marks "
      "are a look-alike disguise (NFD-stable, but an NFC pass would compose some pairs into precomposed letters such as "
      "ạ – a normalising detector may see a different string); the biliteral A/B code is a Bacon-style cipher; running "
      "differences and modular inverses are arithmetic disguises; pair swap and index-tagged shuffles are positional "
      "tricks; uuencode, Ascii85, Base58 and Crockford Base32 are byte notations; lap thousandths, chronograph fps, "
      "party start times, transponder suffixes and league points are this world's disguises of code points.")
    A("- Negatives: transponder, decoder, lap-chart session, marker serial, cylinder stamp, booking, waiver, voucher, "
      "membership, VAT, company, RDM and MAC values are identifiers (the check-digit ones carry real check digits; the "
      "24-hex session ids and 12-character device serials look like keys); voucher numbers are printed on receipts with "
      "the PIN masked; Stripe `pk_live_`, Turnstile, reCAPTCHA and hCaptcha site keys and the referrer-restricted Maps key "
      "are public by design; `tdk_<your-key-here>`, `pbw_xxxx…`, `AGE-SECRET-KEY-1XXXX…`, `${…:?…}`, `changeme`, "
      "`<paste-token-here>` and a truncated `eyJhbGciOi...` are placeholders; `[REDACTED]`, `tdk_****` + 4 hex, `***`, "
      "`[MASKED]` and bullets carry no value; Doppler, Vault, `op://`, ARN and GCP secret paths are pointers; Django "
      "PBKDF2 and Werkzeug scrypt strings are one-way hashes (the SQL column is called `password`, a trap); age armour is "
      "ciphertext and `age1` recipients are public keys; webhook signature headers are HMAC outputs, not keys; JWKS "
      "documents are public keys. The `.env.sample` and setup guide use the real key names of the everyday secrets – a "
      "trap for key-name-only detectors. Random fillers are generated, so an entropy-only detector will hit them – that "
      "is the point.\n")

    # ---- sources
    A("## Sources consulted\n")
    A("- The two READMEs in `%s/` (p215 and p217), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory "
      "except `/tmp/scratch220/` was looked at." % C.BRIEF_DIR)
    A("- External: none. No rule file (gitleaks / Betterleaks, Kingfisher, CredSweeper), vendor page or code index was "
      "opened this session; all vendor shapes are from the builder's memory and marked above as believed or guessed. "
      "Python's `unicodedata` was the only reference used at build time (digit values and character names); `hashlib`, "
      "`hmac`, `zlib` and `base64` compute the digests, HMACs, CRC-32 tails and encodings of generated values.")
    return "\n".join(L) + "\n"
