"""Render README.md for the p172 corpus from the generated data."""
import everyday172
from common172 import DRIVE_WORDS
import evasions172
import negatives172
import positional172
import prose172
import vendor172


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, meta, deny, muts):
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    n_types = len({r["type"] for r in sec})
    n_kinds = len({r["container"] for r in sec})
    classes = []
    for r in neg:
        if r["class"] not in classes:
            classes.append(r["class"])
    vk = meta["vendor"]["kept"]
    st = meta["vendor"]["status"]
    pk = meta["positional"]["kept"]
    lk = meta["prose"]["kept"]
    langs = {l[0]: l for l in prose172.LANGS}
    L = []
    a = L.append
    a("# privacy_hundredseventysecond (p172) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), "
      "focused on **driving-school, traffic-school and licensing-test developers**: lesson booking and instructor diaries "
      "(Laravel, Django, Next.js, Micronaut and Rails booking back ends, Flutter / iOS / Android instructor and learner apps), "
      "dual-control car telematics and dashcams (OBD dongles, Zephyr trackers, Raspberry Pi dashcam uploaders, MediaMTX relays, "
      "Samsara, Lytx, Geotab, Verizon Connect, Teletrac Navman, Smartcar), learner progress logs and mock-test apps "
      "(React Native, Supabase, Jupyter, theory question banks with hazard-perception clips), online traffic-school courses with "
      "identity checks and seat-time timers (Moodle, Canvas, Thinkific, Teachable, TalentLMS, Docebo, Persona, Onfido, Veriff, Jumio, ID.me, "
      "Zoom, Vimeo, Wistia, Mux, Agora, LiveKit), DMV and licensing-authority test booking integrations (DVLA vehicle enquiry, DVSA MOT "
      "history, a licensing-authority booking bridge, US permit and provisional-licence numbers), fleet fuel cards and maintenance "
      "(WEX, AtoB, Fleetio, Whip Around, fuel-card portals), student payments and financing (Stripe, Square Appointments, PayPal, "
      "Braintree, Authorize.net, Adyen, Mollie, Razorpay, Affirm, Klarna, Paddle, learner-financing OAuth partners) and certificate of "
      "completion e-filing with courts (Tyler-style EFSP accounts, Florida-style course-completion reporting, Lob / EasyPost / Shippo "
      "mailing); plus the commerce, messaging, AI, developer and ops services such developers use (Twilio, Vonage, Telegram, Slack, "
      "Discord, Teams, SendGrid, Postmark, Mailjet, Amazon SES, FCM, Pusher, Ably, Sendbird, OpenAI, Anthropic, Cohere, "
      "DeepSeek, ElevenLabs, Deepgram, AssemblyAI, Google AI Studio, GitHub, GitLab, npm, PyPI, Netlify, Render, "
      "DigitalOcean, Cloudflare, AWS, Entra ID, Google OAuth, reCAPTCHA, hCaptcha, Turnstile, Vault, 1Password, Doppler, HCP Terraform, "
      "Sentry, New Relic, Grafana Cloud, Dynatrace, LaunchDarkly, Snyk, PlanetScale, MongoDB Atlas, "
      "Supabase, Clerk, Auth0, monday.com, HubSpot, Trello, Amplitude, Mapbox, Google Maps, Cloudinary, Uploadcare, Backblaze B2, "
      "Acuity Scheduling, Dropbox Sign, Jotform, Salesforce, Apple, …); with hard negatives from the same world. Everything is produced "
      "by `build.py` and its modules (`common172.py`, `everyday172.py`, `vendor172.py`, `positional172.py`, `prose172.py`, `enc172.py`, "
      "`dec172.py`, `evasions172.py`, `negatives172.py`, `checks172.py`, `readme172.py`, frozen deny-list `brief_names.json`): Python 3 "
      "standard library only, fixed `random.Random` seeds (17201 everyday, 17202 vendor, 17203 positional passwords, 17204 prose, "
      "17205 evasions, 17206 negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, "
      "compares the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both generations "
      "and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief172/`.\n" % len(muts))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_hundredseventysecond/`) was created (with `mkdir -p`) and written; its parent was never listed, "
      "nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project material "
      "read were the two READMEs in `/tmp/brief172/` (`README_hundredsixtyseventh.md`, p167, pest control / lawn care / landscaping; "
      "`README_hundredsixtyninth.md`, p169, golf course / country club / tee-time booking), used only to learn the file format and what "
      "is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch172/` (trial builds and a "
      "copy of the public gitleaks rule file). External reading was limited to public rule text, read for token shape only (see Sources "
      "consulted). The deny-list (`common172.extract_denylist`) holds every backticked name and every snake_case identifier of both "
      "READMEs, lower-cased, also split at `__` and with any earlier positional prefix (`<letters>pw_`) stripped (%d names), the code of "
      "every `code` (Name) language pair plus the spare codes the READMEs list (%d codes), and the names and name words of those pairs "
      "plus the spares' names and English / German (%d entries). It is frozen in `brief_names.json`; when `/tmp/brief172/` exists the "
      "build re-extracts it and fails if it differs. Dropped by the deny-list on this run: vendor types %d, positional syntaxes %d, "
      "languages %d (the candidate lists were written after reading the READMEs). Novelty is checked against these two READMEs only; "
      "older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"]), len(meta["vendor"]["dropped"]),
         len(meta["positional"]["dropped"]), len(meta["prose"]["dropped"])))

    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(sec), len(sec), n_types, n_kinds, len(by["everyday"]), len(by["vendor"]), len(by["password"]), len(by["prose"]), len(lk)))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(eva), len(eva), len({r["type"] for r in eva}),
                                                                   len({r["container"] for r in eva}), len({r["encoding"] for r in eva})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(neg), len({r["container"] for r in neg}), len(classes)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `names` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p172-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). "
      "Evasions (`p172-e-NNNN`) add a record-level `encoding`; their single span also has `plain` (the clean secret) and `encoding`; "
      "`source` is `evasion`. Negatives (`p172-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point "
      "offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 45 kinds × 4 (12 types). Vendor 120 (%d candidates written, %d dropped by the deny-list, the first 120 "
      "of the rest kept, the weakest guesses having been put last; unused tail: %s). Positional passwords %d (%d syntaxes written, %d "
      "dropped by the deny-list; the syntaxes whose command or function name still says password / passwd / pass were put last; unused "
      "tail: %s). Prose 40 in 40 languages (%d written; spares unused: %s). Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base "
      "kinds × 6 presentations. Positives total %d (asked: about 450).\n"
      % (len(vendor172.CANDIDATES), len(meta["vendor"]["dropped"]), _bt(meta["vendor"]["tail"]), len(pk),
         len(positional172.SYNTAXES), len(meta["positional"]["dropped"]), _bt(meta["positional"]["tail"]),
         len(prose172.LANGS), _bt(meta["prose"]["tail"]), len(neg), len(classes), len(sec)))

    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never "
      "the quotes and never the key. Values pasted where they do not belong (a Zendesk internal note, an instructors' WhatsApp group, an "
      "office manager's e-mail to the web agency, an OCR'd sticky note on a car's sun visor, a Discord dev channel, a debug log line, a "
      "Mattermost DM, a Jira comment, a KeePassXC CSV export, an e-mail to a freelance developer) are labelled.")
    a("- Owner-chosen passwords are a driving-school word (%s; capitalised 45 %% of the time) + one of `- _ . + ~` + 3–5 lower-case "
      "letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks this shape for the six "
      "everyday password types, every positional value except the SMTP `AUTH PLAIN` one (whose span is the Base64 of NUL user NUL "
      "password, itself checked) and every prose value." % ", ".join(DRIVE_WORDS[:30] + ["…"]))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no negative; no "
      "evasion plain appears in any text. Values, vendor public neighbours, evasion plains and evasion runs are all drawn through one "
      "registry that refuses any string in a substring relation with an earlier one.")
    a("- Structured values are valid: UUIDs are version 4 (checked); Base64 / base64url values encode random bytes of the stated length "
      "(course-timer signing key = Base64 of 32 bytes, learner-financing client secret = base64url of 36 bytes, Amazon SES SMTP password "
      "= Base64 of a 0x04 version byte + 32 bytes, Mux token secret = Base64 of 57 bytes, Google Maps URL-signing secret = base64url of 20 "
      "bytes; all checked); the theory-bank export token and the monday.com token are HS256 JWTs with a real "
      "base64url JSON header and payload and a real HMAC; the Auth0 management token is an RS256-shaped JWT with real JSON and random "
      "signature bytes; the Sentry org token, the Grafana Cloud `glc_` token and the 1Password `ops_` token carry real Base64 JSON; the "
      "Mapbox `sk.` middle is real base64url JSON; the SMTP `AUTH PLAIN` span is the real Base64 of NUL user NUL password; the Redis RESP "
      "bulk length is the real password length. Negatives: VINs carry a real ISO 3779 check digit, IMEIs and ICCIDs a real Luhn digit "
      "(both checked), UK provisional licence numbers follow the 16-character layout (surname, birth decade, month (+50 for women), day, "
      "year, initials, 9, two letters), SHA-256 values are real digests of random bytes.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.drivewell.lan`, `*.drivewell.example`, `*.safelanes.example`, "
      "`*.lessons.internal`, private addresses), key names, account / client / application ids written next to a secret (Twilio `AC…` "
      "SID, Vonage API key, Mailjet and Amplitude API keys, SES SMTP user `AKIA…`, Pusher app key, Sendbird application id, GitHub OAuth "
      "client id, Cloudflare account e-mail, AWS access key id, Entra / Google / DVSA client ids, PlanetScale user name, MongoDB Atlas "
      "public key, Square application id, Braintree merchant id, Authorize.net API login id, Razorpay key id, Trello API key, Apple ID, "
      "Zoom account id, Agora app id, Cloudinary API key, Uploadcare public key, B2 key id, Acuity user id, Thinkific subdomain, Smartcar "
      "client id, Geotab / Verizon Connect user names, EFSP firm id, Florida school id, Veriff / Jumio / ID.me ids, Fleetio account token, "
      "WEX client id, Mux token id, LiveKit API key, PayPal client id) and the user half of a user / password pair.")
    a("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the line lives: %s."
      % (positional172.PW_PREFIX, positional172.PW_PREFIX,
         ", ".join("`%s` (%s)" % (v, k) for k, v in positional172.SUFFIX.items())))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on its "
      "own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run.\n")

    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[1].replace("`", "")) for t in everyday172.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k[0], k[1]) for k in everyday172.KINDS)
      + ". Pairing: type = (7·kind + 3·j + ⌊kind/12⌋) mod 12 for the four records j = 0…3 of a kind, so every kind holds four different "
      "types (checked) and a telematics HMAC key can sit in a Moodle `config.php` or a password in a Kotlin HOCON file — plausible "
      "\"wrong file\" leaks. Key names are the type words in the container's own case style (UPPER_SNAKE for dotenv, CI, compose, "
      "systemd, Zephyr, crontab, xcconfig, dart-define and shell exports; snake_case for YAML, TOML, INI, PHP arrays, Elixir, RON, SQL "
      "and pydantic fields; kebab-case for Spring and Micronaut; dot.case for Android `local.properties`; camelCase for JSON, HOCON, "
      "MediaMTX and Pulumi config; PascalCase for .NET, the Windows registry and PowerShell DSC; spaced words for chats, tickets and "
      "e-mails; Title Words for the OCR'd sticky note).\n")
    a("Vendor (120 types, container `<type>__<style>`): " + _bt(vk) + ". Styles (12, assigned cyclically): "
      + _bt([s[0] for s in vendor172.STYLES]) + ". Where a vendor pairs a public id with the secret, the id is written next to it and "
      "left unlabelled.\n")
    a("Positional passwords (%d syntaxes): " % len(pk) + _bt([positional172.PW_PREFIX + s for s in pk]) + ".\n")
    a("Prose: someone tells a colleague the lesson-booking admin password and asks them not to forward it; span type `%s`; container "
      "`<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. None of them is among the languages or spares of either README "
      "(checked: code, name and each name word against the language entries, the code also against all names). Scripts: %s. Khmer, "
      "Burmese, Japanese, Mandarin and Cantonese do not separate words with spaces, so the value got spaces around it; every value is "
      "set off by whitespace on both sides (checked).\n"
      % (prose172.TYPE, _bt(prose172.FORMATS), ", ".join("`%s` (%s)" % (c, langs[c][1]) for c in lk),
         ", ".join(sorted({langs[c][2] for c in lk}))))

    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (e, rule) for e, rule in evasions172.ENCODINGS) + ".\n")
    a("Encoders are in `enc172.encode` (uuencode uses `binascii.b2a_uu(backtick=True)`; the rest are hand-written); the decoder "
      "`dec172.decode` gets only the encoding name and the run and is written separately, importing nothing from the encoders and no "
      "`base64`, `binascii` or `codecs`: a basE91 bit reader over a table rebuilt from `string` constants, a hand-written uuencode group "
      "reader, big-number arithmetic for base 62, modular arithmetic for ROT47 and the Vigenere key, zigzag position reconstruction for "
      "the rail fence, column re-interleaving, a Morse table rebuilt from a letter string and a dot/dash rule for digits, first-letter "
      "reading for the road spelling alphabet, a subtractive Roman-numeral parser, `int(…, 3)` for the trits, code-point offsets for the "
      "circled and monospace blocks, nibble re-swapping, UTF-16LE unit reading, regular expressions for percent escapes, `\\u` escapes, "
      "lesson times, plates and trip readings, grid arithmetic for the Polybius square and a keypad list for multi-tap. Every pair was "
      "round-tripped on 300 random plains per notation (lengths 2–44) while writing; at build time every span is decoded back to its "
      "`plain`. Evasion types: %s (owner-chosen lesson-booking admin password; `mtk_` + 16 base62 mock-test key, prefix invented; 24 "
      "upper-case hex telematics key fragment); wordings: %s; container `<encoding>__<wording>`.\n"
      % (_bt([t[0] for t in evasions172.TYPES]), _bt([w[0] for w in evasions172.WORDINGS])))

    a("## Negative classes\n")
    a("| class | records | base kinds |")
    a("|---|---|---|")
    for cls, kinds in negatives172.CLASSES:
        a("| `%s` | %d | %s |" % (cls, sum(1 for r in neg if r["class"] == cls), _bt([k[0] for k in kinds])))
    a("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % w[0] for w in negatives172.WRAPPERS) + ".\n")

    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets; exactly one span per record; spans re-slice "
      "exactly, no empty value and no edge whitespace; record type == span type; each value occurs exactly once in its text; no value or "
      "plain reused; no value in another record's text or in any negative; no evasion plain in any text; no slot marker (`⟦V⟧`, `⟨P⟩`-style "
      "brackets), NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday password types, positional and prose values; the `AUTH PLAIN` span decodes "
      "to NUL user NUL password; UUID-shaped substrings of values are version 4; JWT-shaped values have base64url JSON header and payload; "
      "the Sentry / Grafana / 1Password / Mapbox embedded JSON decodes; Base64 values decode to the stated byte length")
    a("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule occurs before the run; the run starts "
      "right after `:` and a newline and is followed by a newline; plain alphabet `[A-Za-z0-9_.-]`; the run never contains its plain; "
      "record and span encoding agree; container `<encoding>__<wording>`; 22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every positive value, "
      "plain and run; VIN check digits and IMEI / ICCID Luhn digits valid")
    a("- deny-list: container kinds (positives, evasions, negatives), span types, positional syntaxes (with and without `%s`), encodings, "
      "negative classes and every presentation label (vendor styles, password suffixes, prose formats, evasion wordings, negative "
      "wrappers, everyday kinds) are compared case-insensitively, whole name and each `__` part, with the frozen deny-list; prose "
      "languages by code, name and name words; the frozen `brief_names.json` is compared with a fresh extraction when `/tmp/brief172/` "
      "exists" % positional172.PW_PREFIX)
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types and four different types per kind; 120 distinct vendor types with containers "
      "`<type>__<style>`; 95–120 distinct password syntaxes; 40 prose records in 40 distinct languages; 66 evasions; span types of the "
      "five sources pairwise disjoint; non-everyday containers unique")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, all must be caught (this run: %d/%d): %s\n"
      % (len(muts), sum(1 for m in muts if m[2]), len(muts), ", ".join("`%s` %s" % (m[0], m[1]) for m in muts)))

    rule = [t for t in vk if st[t] == "rule"]
    known = [t for t in vk if st[t] == "known"]
    guess = [t for t in vk if st[t] == "guess"]
    pwv = [t for t in vk if st[t] == "pw"]
    a("## Shapes you had to guess\n")
    a("Read for shape this session (the public gitleaks default rule file `config/gitleaks.toml`, nothing copied): the vendor types "
      "whose shape follows one of its rules: " + _bt(rule) + " (prefixes and lengths such as `rk_live_`, `SG.` + 66, `xapp-1-`, Slack "
      "and Teams webhook URLs, Telegram `<digits>:A…` + 34, `sk-svcacct-…T3BlbkFJ…`, `sk-ant-api03-…AA`, Cohere 40, `AIza` + 35, "
      "`github_pat_` + 82, `gldt-`, `glrt-`, `glptt-` + 40 hex, `npm_` + 36, `pypi-AgEIcHlwaS5vcmc`, Cloudflare global key 37 hex and "
      "origin CA `v1.0-…`, Entra `…Q~…`, `hvs.` + 95, `ops_eyJ…`, `dp.pt.` + 43, `…atlasv1…`, `sntrys_eyJpYXQiO…`, `glc_`, "
      "`dt0c01.`, `pscale_pw_`, `EAAA`, Lob `live_` + 35 hex, `EZAK` + 54, `shippo_live_` + 40 hex, HubSpot upper-case UUID, "
      "Snyk UUID, Sendbird 40 hex).\n")
    a("Believed right from background knowledge (not re-read): " + _bt(known) + ".\n")
    a("Guessed (length and alphabet only, recognisable from the key name): " + _bt(guess) + ". Owner-chosen passwords (the vendor "
      "integration logs in with user / password): " + _bt(pwv) + ". The everyday prefixes `mtq_live_` (mock-test app key) and `idvwh_` "
      "(identity-check webhook secret) and the evasion prefix `mtk_` are invented; the Persona, Onfido, Paddle, Klarna, "
      "Adyen and Checkout.com layouts are from memory and may be off; the DVSA MOT history secret is modelled as an Entra-style "
      "`Q~` client secret (an assumption). Syntaxes from memory, not re-checked: `isql-fb -user/-p`, Sybase `isql -P`, `cypher-shell -p`, "
      "`hivemq mqtt -pw`, `swaks -ap`, `dsadd -pwd`, `pdftk input_pw`, `veracrypt -p`, `encfs --extpass`, `ldappasswd -s`, "
      "`gst rtspsrc user-pw`, the vsftpd virtual-users file (alternating lines), Dovecot `{PLAIN}` passwd-file fields, the pppd "
      "`pap-secrets` column order, strongSwan `EAP` secrets, `snmpd.conf createUser`, pgbouncer `userlist.txt`, the `.curlrc` `user` "
      "option, STOMP `passcode`, the Wireshark-style AMQP `Start-Ok` PLAIN response, `Net::SMTP.start` and `Net::POP3.start` argument "
      "positions, Exposed `Database.connect` fourth argument, SSH.NET `SftpClient` and FluentFTP `FtpClient` constructor positions. "
      "Negatives: the UK licence layout, dashcam / NVR serial layouts, the `7077` fuel-card prefix, ICCID `8944` prefix, court case and "
      "certificate numbering, SOPS and SealedSecret bodies (random bytes in the right frame, not real ciphertext) and the Django / argon2 "
      "hashes (random bytes in the right format, not hashes of anything) are approximate.\n")

    a("## Judgement calls\n")
    a("- Everyday: twelve types — six owner-chosen passwords (lesson-booking database, instructor diary admin, dashcam / NVR admin, "
      "licensing-authority test-booking portal, court e-filing account, fuel-card portal) and six generated secrets (`mtq_live_` mock-test "
      "API key, `idvwh_` identity-check webhook secret, 64-hex telematics HMAC key, Base64 course-timer signing key, base64url "
      "learner-financing client secret, HS256 theory-bank export JWT). The pairing is cyclic, so secrets land in files where they do not "
      "belong (a fuel-card password in a Flutter dart-define file); such \"wrong file\" leaks are still leaks.")
    a("- Vendor: most driving-school, traffic-school, ID-check, telematics, fuel-card and e-filing vendors publish no token format the "
      "builder knows of, so their types model a partner / integration secret recognisable only from the key name — part of the test. "
      "Geotab, Verizon Connect, the EFSP account and the Florida-style course-completion login carry owner-chosen passwords. Webhook URLs "
      "(Slack, Discord, Teams) are labelled whole: the URL is the credential. The Google AI Studio `AIza` key is labelled because it sits in "
      "server-side settings under a server key name, while the Firebase web `apiKey` (same shape) appears only in negatives as public by "
      "design — a deliberate pair. reCAPTCHA: the secret key (`6L…` + 38) is a positive, the site key (same shape) is a negative inside "
      "the booking widget. The Apple app-specific password is a generated `xxxx-xxxx-xxxx-xxxx` value. `clerk_webhook_signing_secret` and "
      "`stripe_identity_webhook_secret` both start `whsec_` with different bodies. Several brands also appear in the earlier READMEs "
      "(Stripe, Slack, GitHub, OpenAI, Anthropic, Mapbox, Sentry, Supabase, …); only type *names* are checked, so new credential kinds of "
      "known brands are in.")
    a("- Passwords: labelled when the value logs in (`mysql` / `mysqldump` / `unrar` glued `-p`, `-p` after `-u` for mongosh, cqlsh, "
      "cypher-shell, rabbitmqadmin, influx, docker, cf, oc, ncftpget, `-P` for Sybase isql, `-a` for redis-cli, `-w` for ldapsearch, "
      "`/p:` for xfreerdp, `%` pairs for smbclient and rpcclient, `user:pass` for etcdctl, `CONSUL_HTTP_AUTH`, httpie, skopeo, ab and "
      "`.curlrc`, URL userinfo for pip, uv, curlftpfs, elasticdump, pgloader, golang-migrate, atlas, usql, clickhouse, lpadmin, a dashcam "
      "CGI URL, mutt, node-redis, pg Pool and `.git-credentials`), is set for an account (`rabbitmqctl add_user`, `htpasswd -b`, `chpasswd`, "
      "`net user`, `mosquitto_passwd -b`, `ldappasswd -s`, `dsadd -pwd`, `CREATE USER … IDENTIFIED BY`, `ALTER USER … IDENTIFIED BY`, "
      "`sp_addlogin`), protects a file or key (`zip -P`, `pdftk input_pw`, `veracrypt -p`, `keytool -storepass`, `openssl rsa -passin "
      "pass:`, `encfs --extpass`, SQLCipher `PRAGMA key`, `rclone obscure`), is a shared secret (`wpa_passphrase`, SNMP community, "
      "`snmpd.conf createUser`, strongSwan EAP, PAP secrets), sits in a file by position (`.pgpass` fifth field, rsyncd secrets, vsftpd "
      "virtual users, Dovecot passwd-file, Postfix `sasl_passwd`, OpenVPN auth file, proxychains, Redis `masterauth`, pgbouncer "
      "userlist, a headerless learner CSV, a pipe-delimited instructor roster), travels in a protocol exchange (IMAP `LOGIN`, SMTP "
      "`AUTH PLAIN` — a Base64 span —, Redis RESP `AUTH`, IRC NickServ `IDENTIFY`, AMQP `Start-Ok` PLAIN response) or is typed by "
      "automation (adb `input text`, xdotool, Playwright, Cypress, Selenium, Capybara, UiAutomator, AutoHotkey, AppleScript). The "
      "syntaxes whose command or function name still says password / passwd / pass were put last and form the unused tail; kept ones "
      "that still carry a hint (`-storepass`, `-passin pass:`, `input_pw`, `-pwd`, `-pw`, `-ap`, `user-pw`, `masterauth`, `IDENTIFY`) are "
      "the weakest positional cases. `wpa_passphrase` and the SNMP community are shared secrets rather than account passwords. Several "
      "ideas repeat the earlier corpora on new tools (URL userinfo, glued flags, library call positions, stdin echo, UI typing); novelty "
      "was checked by name, not by signature.")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      + ", ".join(langs[c][1] for c in lk if langs[c][3] == "fair") + "; modest for "
      + ", ".join(langs[c][1] for c in lk if langs[c][3] == "modest") + "; low for "
      + ", ".join(langs[c][1] for c in lk if langs[c][3] == "low") + ". Loan words (`password` in Cebuano, the transliterated English "
      "\"password\" in Hindi, Bengali, Gujarati, Kannada and Malayalam) are kept as people use them. "
      "English is not included (used by p167).")
    a("- Evasions: basE91, uuencode, base 62, base three, nibble-swapped hex, UTF-16LE hex, percent-encoding and JavaScript escapes are "
      "byte or numeral notations; ROT47, the Vigenere cipher keyed CLUTCH and the Polybius square are ciphers with the rule stated; the "
      "rail fence and the four-column transposition are positional tricks; Morse, the road spelling alphabet, Roman numerals and phone "
      "multi-tap are spelled / signalled forms; circled and monospace letters are Unicode look-alike blocks; lesson start times, car "
      "plates and trip-meter readings are driving-world disguises of code points. Close relatives exist in the earlier corpora "
      "(Ascii85 / Base58 / Base36 notations, quoted-printable next to percent-encoding, HTML references next to JavaScript escapes, "
      "XOR-hex next to nibble-swapped hex, Atbash / autokey next to Vigenere, golf / German spelling alphabets next to the road one, "
      "double-struck / Fraktur next to monospace, the odd/even split next to the rail fence, yardage / zone-runtime disguises next to "
      "lesson times); novelty was checked by name only. Circled and monospace forms leave `-`, `_` and `.` unchanged, and Vigenere leaves "
      "digits unchanged, so parts of the plain stay readable (the whole plain never appears in its run, checked).")
    a("- Negatives: licence and permit numbers, booking references and theory-pass certificate numbers, ADI numbers, VINs and plates, "
      "dashcam serials, clip ids and MACs, IMEIs, ICCIDs and device ids, certificate / court case / citation / envelope numbers, question "
      "ids, payment intent / customer / charge ids, financing references and idempotency keys are identifiers; SHA-256 values are "
      "digests; Stripe `pk_live_`, the reCAPTCHA site key and the Firebase web `apiKey` are public by design; the `Stripe-Signature` `v1=` "
      "value is an HMAC output, not a key; `********`, `••••••••`, `[REDACTED]`, `<hidden 64 chars>`, `eyJ***redacted***` and "
      "`sk_live_****` plus a four-character tail carry no value; an empty `DB_PASSWORD=`, `<your-mock-test-key>`, `changeme`, `xxxx…` "
      "and `REPLACE_ME` are placeholders (`changeme` could be argued to be a weak real password); ExternalSecret `remoteRef`, "
      "`${{ secrets.X }}`, SSM ARNs and `op://` are pointers; SOPS `ENC[…]` values and SealedSecret `encryptedData` are ciphertext; "
      "PBKDF2 and argon2id strings are one-way hashes (sensitive, not usable credentials); the lock-out chat and the password policy talk "
      "about passwords without one; `sk_test_XXXX…` and the AWS documentation example keys (`AKIAIOSFODNN7EXAMPLE` and its partner) are "
      "documentation samples. The fuel-card statement shows masked card numbers and six-digit authorisation codes (not PINs). Random "
      "fillers are generated, so an entropy-only detector will hit them — that is the point.\n")

    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief172/` (p167 and p169), for format and coverage only. The detector was not opened, listed or "
      "searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` directory except "
      "`/tmp/scratch172/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the gitleaks default rule file "
      "(`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the `fetch` tool, copied to `/tmp/scratch172/` and grepped for the "
      "rule ids and prefixes listed above) and one `code` search for an Onfido token rule (it returned only Onfido SDK READMEs with "
      "`<YOUR_API_KEY>` placeholders and Kingfisher's rule-writing guide, so the Onfido layout stayed a guess). Betterleaks, Kingfisher "
      "and CredSweeper rule files and vendor documentation were not otherwise read. The only fixed credential-like strings in the corpus "
      "are the public AWS documentation example keys inside one negative class.")
    return "\n".join(L) + "\n"
