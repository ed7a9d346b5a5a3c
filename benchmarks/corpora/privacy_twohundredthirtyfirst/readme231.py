"""Renders README.md from the generated data."""
import collections

import common231 as C
import checks231
import enc231
import everyday231
import evasions231
import negatives231
import positional231
import prose231
import vendor231

STATUS_WORD = {"R": "read this session in the public gitleaks rules", "B": "believed from memory", "G": "guessed", "-": "owner-chosen"}


def render(data, deny, n_mutations, registry_size, deny_status):
    secrets, evasions, negatives = data["secrets"], data["evasions"], data["negatives"]
    src = collections.Counter(r["source"] for r in secrets)
    pw_where = collections.Counter(s[1] for s in positional231.S)
    L = []
    a = L.append
    a("# privacy_twohundredthirtyfirst (p231) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on **opticians**: "
      "opticians, optometrists, dispensing opticians and spectacle-frame makers – the practice-management system (Django settings, Spring / Quarkus properties, "
      "ASP.NET appsettings, NestJS config, JetBrains HTTP-client env), the lens-lab order bridge (Rocket.toml, .NET user secrets, Clojure EDN, Erlang sys.config) with "
      "`lbk_` keys ending in a real Adler-32, the frame maker's workshop (Tryton, FreeCAD macros, a GRBL CNC sender, OctoPrint for printed frames), the eyewear web shop "
      "(WordPress wp-config, Saleor, Strapi, Netlify) with a Django `SECRET_KEY`, the edger / tracer station (Windows .reg export, AutoIt, Inno Setup), the OCT / fundus "
      "imaging archive (Orthanc, WildFly, Mirth Connect, crontab) with a real HS512 viewer JWT, ops (Salt pillar, Hiera, Kubernetes stringData, Helm, tfvars JSON, GitHub "
      "Actions, GitLab CI, Jenkinsfile, Woodpecker, systemd, supervisord, zsh history, Dockerfile) and the messy places values get pasted (Teams, Jira, Slack export, "
      "OneNote, Google Sheets CSV, a label-photo OCR, Outlook forward); `rcl_` recall-SMS tokens with a real Luhn digit, an Ed25519 PKCS#8 webhook key and an age "
      "identity with a real Bech32 checksum; the trade's own services (General Optical Council, College of Optometrists, PCSE, MyLuxottica, Safilo, ZEISS VISUFIT, "
      "VisionWeb, Optix, Acuitas, Compulink, Eyefinity, Topcon Harmony, HOYA iLink, Essilor, CooperVision, Appointedd, Setmore, NHSmail); plus the commerce, messaging, AI, "
      "developer and ops services such developers use (Stripe restricted keys and webhook secrets, PayPal, Paystack, Flutterwave, Razorpay, WooCommerce, Shopify shared "
      "secrets and legacy private apps, Klaviyo, EasyPost, Shippo, Square, Plaid, Algolia, SendGrid, Postmark, Mailjet, MailerSend, Resend, Vonage, Plivo, Twilio API keys, "
      "Slack app and user tokens, Discord and Teams webhooks, WhatsApp Cloud, ntfy, Sendbird, OpenAI service-account and admin keys, Anthropic admin keys, xAI, OpenRouter, "
      "DeepSeek, Mistral, Cohere, ElevenLabs, AssemblyAI, Deepgram, Hugging Face org tokens, Langfuse, Azure OpenAI, W&B, GitHub app tokens, GitLab trigger / runner / "
      "OAuth secrets, PyPI, NuGet, Docker Hub, Atlassian, Azure DevOps, Postman, ReadMe, Linear, Asana, ClickUp, Figma, Contentful, Okta, Auth0, Clerk, Supabase service "
      "role, PlanetScale, Neon, Terraform Cloud, Vault, Sourcegraph, Doppler, Google OAuth, Entra ID, New Relic, Grafana, PagerDuty, Opsgenie, Splunk HEC, Rollbar, PostHog, "
      "LaunchDarkly, Netlify, Tailscale, ngrok, Cloudflare global keys, Backblaze B2, Vultr, DigitalOcean OAuth, Dynatrace, Databricks, Prefect, MaxMind, Trello, monday.com, "
      "Calendly, Zapier, Dropbox, Mandrill, DocuSign); with hard negatives from the same world (prescriptions, frame markings and EAN-13 codes, OMA tracer data, lab "
      "job and tray refs, GOC / ODS codes, GS1 UDI contact-lens labels, DICOM UIDs, publishable keys, documentation examples, masked screens, secret-store "
      "references, Django / yescrypt hashes, SOPS and Ansible Vault ciphertext, image digests and SRI hashes, age recipients and WireGuard public keys, "
      "password-policy prose, instrument serials, KSUIDs and S10 parcel ids, webhook signature headers). Everything is produced by `build.py` and its modules "
      "(`common231.py`, `everyday231.py`, `vendor231.py`, `positional231.py`, `prose231.py`, `enc231.py`, `dec231.py`, `evasions231.py`, `negatives231.py`, "
      "`checks231.py`, `readme231.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds (%s), no clock, no network. "
      "`python3 build.py [outdir]` generates everything twice in one process, compares the bytes of the three JSONL files, runs every check and %d mutation tests, "
      "renders this README from both generations and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief231/`.\n" % (
          ", ".join("%d %s" % (v, k.replace("_", " ")) for k, v in C.SEEDS.items()), n_mutations))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory (`benchmarks/corpora/privacy_twohundredthirtyfirst/`) "
      "was created (with `mkdir -p`) and written; the only listings made there were `ls -la` of this directory itself (right after creating it, which prints its own `.` and `..` entries and nothing of the parent's contents, and after the final build) and reads, edits and runs of its own files while writing them; "
      "its parent was never listed or searched, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only project "
      "material read were the two READMEs in `/tmp/brief231/` (`README_twohundredtwentyeighth.md`, p228, piano tuners and organ builders; "
      "`README_twohundredtwentyninth.md`, p229, chimney sweeps and stove fitters; the directory was listed once with `ls -la`), used only to learn the file format and "
      "what is already covered. No other `/tmp` directory was looked at except the scratch directory `/tmp/scratch231/` (an extracted copy of the public gitleaks rule "
      "file and trial runs). The deny-list (`common231.extract_denylist`) holds every backticked name and every snake_case identifier of both READMEs, lower-cased, also "
      "split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the "
      "pattern also catches `alg` and `id`, which only makes the list stricter) and the names and name words of those pairs (%d, with harmless noise such as `hs256`). "
      "It is frozen in `brief_names.json`; when `/tmp/brief231/` exists the build re-extracts it and fails if it differs (this build: %s). Ideas the two READMEs name "
      "only in prose (their *avoided* and *set aside* lists of encodings, syntaxes and vendors) were avoided by hand as well. Novelty is checked against these two "
      "READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n" % (
          len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), deny_status))

    # ---------------------------------------------------------------- files
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |" % (
        len(secrets), sum(len(r["secrets"]) for r in secrets), len({r["type"] for r in secrets}), len({r["container"] for r in secrets}),
        src["everyday"], src["vendor"], src["password"], src["prose"], src["prose"]))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(evasions), len(evasions), len({r["type"] for r in evasions}),
                                                                     len({r["container"] for r in evasions}), len({r["encoding"] for r in evasions})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(negatives), len({n["container"] for n in negatives}), len({n["class"] for n in negatives})))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n" % (
        len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p231-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with exactly one span: "
      "`value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions (`p231-e-NNNN`): `id`, `type`, `container`, a record-level "
      "`encoding`, `text`, `secrets`, `source` (`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p231-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON lines with `ensure_ascii=False`.\n")
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor 120 (130 candidates written down; set aside: "
      "`clockify_api_key`, `frameio_developer_token`, `linkedin_client_secret`, `fastly_api_token`, `infracost_api_key`, `octopus_deploy_api_key` (not central to an "
      "optician's stack), `dynamics_business_central_web_service_key`, `gotify_application_token`, `cerebras_cloud_api_key`, `onesignal_rest_api_key` (shapes too "
      "uncertain)). Positional passwords %d (one record per syntax; by where the text lives: %s; set aside: `minio_mc_alias_set_fourth_positional` and the Python / Go "
      "MinIO constructors (an earlier README set the mc form aside: an S3 secret key, not a password), `detox_element_typetext_single` and `testcafe_t_typetext_second` "
      "(set aside earlier as the same typeText idea), `java_jjwt_keys_hmacshakeyfor_getbytes` (set aside earlier), `csharp_hmacsha256_ctor_getbytes`, "
      "`go_crypto_hmac_new_byteslice`, `python_hashlib_pbkdf2_hmac_second`, `go_pbkdf2_key_first_byteslice` (an earlier README calls these forms already covered), "
      "`scala_scalaj_http_auth_second` (another basic-auth pair call)). Prose 40 in 40 languages. Evasions 66 = 22 × 3. Negatives %d = %d classes × 2 base kinds × 5 "
      "presentations. Positives total %d (asked: about 450). Strings drawn through the registry (values, vendor neighbours, Base64-hidden passwords, evasion plains "
      "and runs): %d.\n" % (src["password"], ", ".join("%s %d" % kv for kv in pw_where.items()), len(negatives), len(negatives231.CLASSES), len(secrets), registry_size))

    # ---------------------------------------------------------------- conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol element, never the quotes and never the key. "
      "Values pasted where they do not belong (a Teams chat, a Jira comment, a Slack export, a OneNote page, an Outlook forward, a Google-Sheets CSV export, a label-photo "
      "OCR, a Mattermost DM, a support e-mail, a Bitwarden JSON export, zsh history, `netlify env:set`, `vault kv put`) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only; capitalised with probability 0.4) + one of `- _ . + ! ~` + 3–5 lower-case "
      "letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). The build checks `%s` for the six everyday password types and the six "
      "owner-chosen vendor passwords, and the strict `%s` for every plain positional value, every password hidden in a Base64 positional value, every prose value and "
      "every front-desk-PC evasion plain." % (", ".join(C.WORLD_WORDS[:40]), len(C.WORLD_WORDS), C.PW_EVERYDAY_RE.pattern, C.PW_STRICT_RE.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no negative; no evasion plain and no Base64-hidden "
      "password appears in any text. Values, vendor neighbours, hidden passwords, evasion plains and runs are drawn through one registry that refuses repeats and any "
      "string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it contains any registered string of 6+ characters, a world word + "
      "joiner + tail (the password form), a UUID-shaped string that is not version 4, or repeats an earlier negative.")
    a("- Structured values are valid: `rcl_` tokens carry the real Luhn digit of their 10-digit practice number, `lbk_` keys end in the real Adler-32 of their 32 hex "
      "characters, the Ed25519 key is Base64 of a 48-byte PKCS#8 DER with the fixed Ed25519 prefix `302e020100300506032b657004220420`, the age identity has a real "
      "Bech32 checksum, the viewer token is a real HS512 JWT, the Django key uses only Django-alphabet characters (all checked). Every UUID-shaped substring of every "
      "text is version 4 and every JWT-shaped substring has base64url JSON header and payload and a signature length that fits its `alg` (checked). Vendor frames: the "
      "Grafana Cloud `glc_` token is Base64 of real JSON, the Supabase service-role key, monday.com and Calendly tokens are real JWTs (checked); all 120 vendor values "
      "are checked against a regular expression built from the generator's own spec. Negatives: EAN-13 / GTIN-14 GS1 check digits and Royal Mail S10 check digits are "
      "real, age recipients have real Bech32 checksums, KSUIDs are real base62 of timestamp + 16 random bytes, image digests and SRI hashes are real digests of random "
      "bytes, webhook signatures are real HMACs of the shown body under discarded random keys; Django / yescrypt / SOPS / Ansible Vault bodies are random in the right frame.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.brightoptics.lan`, `*.brightoptics.example`, `*.lenslab.example`, private addresses), key names, and "
      "ids written next to a vendor secret (%s) and the user half of a user / password pair.\n" % "; ".join(
          "%s: %s" % (v[0], " ".join(v[3][0])) for v in vendor231.V if v[3]))
    a("- Vendor containers are `<type>__<style>`; styles (16, assigned cyclically): %s. Key names are the vendor type's words in the style's case; the Bitwarden export "
      "puts the type's title-case words in `name`, the neighbour (or `api`) in `login.username` and the secret in `login.password`." % ", ".join(
          "`%s` (%s)" % (s[0], s[1]) for s in vendor231.STYLES))
    a("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the text lives: %s." % (
        positional231.PW_PREFIX, positional231.PW_PREFIX, ", ".join("`%s` (%s)" % (v, k) for k, v in positional231.SUFFIX.items())))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then the run on its own line, then a remark. Plains "
      "use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside its own run, if the run equals the plain, if the run would start or end with whitespace or hold "
      "a newline, or if the registry refuses plain or run.\n")

    # ---------------------------------------------------------------- categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): %s.\n" % "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday231.TYPES))
    a("Container kinds (45, key style in brackets): %s. Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
      "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits in exactly 15 records (checked); secrets "
      "therefore also land in implausible places. Key names are the type's key words in the container's own case style (upper, snake, camel, pascal, kebab, dot, "
      "spaced for chats and notes, title for OCR and CSV headers).\n" % (", ".join("`%s` (%s)" % (c[0], c[1]) for c in everyday231.CONTAINERS), C.SEEDS["everyday_pairing"]))
    fams = collections.OrderedDict()
    for v in vendor231.V:
        fams.setdefault(v[1], []).append(v)
    fam_title = {"trade": "Trade services of opticians, optometrists and frame makers", "commerce": "Commerce and payments", "messaging": "Messaging and e-mail",
                 "ai": "AI services", "dev": "Developer services", "ops": "Ops, observability and cloud", "productivity": "Productivity and automation"}
    a("Vendor (120 types, container `<type>__<style>`; shape, then where the shape comes from – *read this session* in the public gitleaks rule file, *believed* "
      "from memory, *guessed* where no published shape is known, so that the type is recognisable only from the key name):\n")
    for f, vs in fams.items():
        a("*%s* (%d): %s.\n" % (fam_title[f], len(vs), "; ".join("`%s` (%s – %s%s)" % (
            v[0], v[4], STATUS_WORD[v[5]], (" – next to it: " + " ".join(v[3][0])) if v[3] else "") for v in vs)))
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`): %s. None of them is among the syntaxes or names of either README (compared after removing the "
      "`<letters>pw_` prefix; checked), and the ideas of the READMEs' set-aside lists were avoided by hand.\n" % (
          len(positional231.S), positional231.PW_PREFIX, "; ".join("`%s%s` (%s, %s)" % (positional231.PW_PREFIX, s[0], s[1], s[3]) for s in positional231.S)))
    a("Prose: someone tells a colleague the password of the front-desk PC and asks them not to pass it on; span type `%s`; container `<format>__<iso639-3>`; formats "
      "%s (cyclic). Languages (40): %s. None of them is among the languages of either README (checked: code against the codes and all deny-listed names; name and each "
      "name word against the language names); Occitan was dropped because an earlier README lists it as a spare, and Icelandic and Māori are not used because this "
      "corpus uses them for number words. Scripts: %s. Every value is set off by whitespace on both sides (checked); Arabic, Pashto, Central Kurdish and Yiddish are "
      "right-to-left with the Latin value embedded; Russian, Kazakh and Tatar set the value between dashes; Scottish Gaelic fronts the value (`'S e {value} am "
      "facal-faire …`); Hindi, Marathi, Gujarati, Kannada, Malayalam, Sinhala, Burmese, Tajik, Pashto, Japanese, Korean and Kurmanji put the copula after the value (after a space).\n" % (
          prose231.SPAN_TYPE, ", ".join("`%s`" % f for f in prose231.FORMATS), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose231.LANGS),
          ", ".join(sorted({s for _c, _n, s, _t in prose231.LANGS}))))

    # ---------------------------------------------------------------- evasions
    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (k, v) for k, v in enc231.RULES.items()) + ".\n")
    a("Families: " + "; ".join("%s: `%s`" % (enc231.FAMILIES[k], k) for k in enc231.ENCODINGS) + ".\n")
    a("Evasion types: %s; wordings: %s (container `<encoding>__<wording>`; encoding i and type j take wording (i + j) mod 3, so each encoding appears once per type and "
      "once per wording).\n" % ("; ".join("`%s` (%s)" % (t[0], t[2]) for t in evasions231.TYPES), ", ".join("`%s`" % w[0] for w in evasions231.WORDINGS)))
    a("Encoders are in `enc231.enc` (the rng only adds noise the decoder ignores: sphere and cylinder powers, job numbers, lens diameters, eye and bridge sizes); the "
      "decoder `dec231.decode` gets only the encoding name and the run and is written separately, importing nothing from the encoder and no `base64`, `binascii`, "
      "`codecs` or `unicodedata`, with every table retyped: a Morse back-table with the caret case mark, Braille cells rebuilt from dot numbers (capital, number, "
      "period, hyphen and the two-cell underscore), the 78-card tarot order rebuilt from the major arcana, ranks and suits, die-face base 6, a 2-bit nucleotide reader, "
      "a hand-typed EBCDIC 037 table for `[A-Za-z0-9_.-]`, its own ChaCha20 block function (the encoder's was checked against the RFC 8439 §2.4.2 test vector while "
      "writing), base-36 big-integer and bijective base-26 readers, duodecimal with U+218A / U+218B, day-of-year arithmetic, a signed delta reader, an Icelandic word "
      "table (`og` skipped), a Māori parser (`tekau`, `rau`, `mā`), regular expressions plus arithmetic for the five optician disguises, a degree-minute reader, a "
      "bcrypt-alphabet Base64 reader that rejects non-zero padding bits and a Chinese-remainder solver for moduli 7, 11, 13. Every pair was round-tripped on 300 random "
      "`[A-Za-z0-9_.-]` plains of length 2–44 per encoding while writing (0 failures); at build time every span is decoded back to its `plain` (checked).\n")
    a("Avoided on purpose (named by an earlier README in a list or in prose): every digit block, numeral notation, number-word language, look-alike block, script, "
      "cipher, byte notation, bit code, positional trick, keyboard trick, escape and machine / world disguise named there (among them Adlam, Ol Chiki, Kharoshthi, "
      "Mayan, balanced ternary, negabinary, factoradic, Finnish, Dutch, Hungarian, Swedish, NATO, Unicode names, homoglyphs, parenthesized letters, Shavian, ROT47, "
      "XTEA, Intel HEX, SysEx, UTF-16LE Base64, base32hex, POSTNET, multi-tap, C `\\x` escapes, element symbols, prime factorisations, fractions, A1Z26, pair swap, "
      "boustrophedon and the piano / chimney disguises). Close relatives remain and a scorer may count them as the same idea: Morse and Braille next to the earlier "
      "spelled forms and scripts; tarot positions and day-of-year dates next to the earlier table disguises (element symbols); die faces, duodecimal, sexagesimal and "
      "the residue triples next to the earlier numeral systems; base 36 and bijective base 26 next to the earlier radix notations (base 62 / 58 …); DNA quads next to "
      "the earlier bit codes; EBCDIC hex next to plain hex byte notations; ChaCha20 next to XTEA / RC4 (a cipher with the key in the text); bcrypt radix-64 next to "
      "Base64 (the same bit grouping with a permuted alphabet – the closest relative here); delta coding next to the earlier arithmetic disguises; Icelandic and Māori "
      "next to the earlier number-word languages; the five optician disguises (cylinder axis, sphere power, pupillary distance, base curve, temple length) next to the "
      "earlier world disguises of code points.\n")

    # ---------------------------------------------------------------- negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    cnt = collections.Counter(n["class"] for n in negatives)
    for cls, kinds, _fn, desc in negatives231.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cls, cnt[cls], ", ".join("`%s`" % k for k in kinds), desc))
    a("\nEach base kind appears plain and wrapped %s.\n" % ", ".join("`__%s`" % w[0] for w in negatives231.WRAPPERS))

    # ---------------------------------------------------------------- checks
    a("## Checks run by build.py before writing\n")
    a("- Deny-list: `brief_names.json` is loaded; if `/tmp/brief231/` exists it is re-extracted and must be identical (%s)." % deny_status)
    a("- Ids `p231-s-NNNN`, `p231-e-NNNN`, `p231-n-NNNN`, consecutive; exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; "
      "the value occurs exactly once in its text and has no outer whitespace; evasion spans carry `plain` and `encoding` equal to the record's `encoding`.")
    a("- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 120 distinct types, positional 95–120 distinct syntaxes, prose 40 in 40 languages, "
      "evasions 66 = 22 encodings × 3, negatives ≥ 180 in ≥ 16 classes, negative schema exactly `id class container text source`.")
    a("- Shapes: everyday values by type (password regex, Luhn, Adler-32, Django alphabet, HS512 JWT, PKCS#8 prefix and length, Bech32 checksum); vendor values against "
      "the regex built from each spec plus JWT / JSON validity; positional values strict password form, Base64 positional values decode to user + a strict password; "
      "prose values strict form and set off by whitespace; evasion plains by type; evasion text layout (rule, `:` newline, run line, remark).")
    a("- Every evasion run decodes with `dec231.decode` to its `plain`.")
    a("- No value, evasion plain or hidden password is reused; none appears in any other record or any negative (and plains / hidden passwords in no text at all); no "
      "negative contains a world-word password form; every UUID-shaped substring of every text is version 4; every JWT-shaped substring is a valid JWT.")
    a("- Deny-list: every container kind (positives, evasions and negatives), span type, encoding and negative class, as a whole and split at `__`; every positional "
      "syntax with `%s` stripped against the earlier syntaxes and names; every prose language code against the codes and names, its name and name words against the "
      "language names." % positional231.PW_PREFIX)
    a("- Determinism: everything is generated twice in one process and the three JSONL files and the README must be byte-identical.")
    a("- %d mutation tests on deep copies, each of which the checks must catch: %s.\n" % (n_mutations, "; ".join(m[0] for m in checks231.mutations())))

    # ---------------------------------------------------------------- guessed
    a("## Shapes you had to guess\n")
    a("Guessed vendor shapes (no published format known to the builder; recognisable only by key name): %s. Believed from memory, not re-checked this session: %s.\n" % (
        ", ".join("`%s`" % v[0] for v in vendor231.V if v[5] == "G"), ", ".join("`%s`" % v[0] for v in vendor231.V if v[5] == "B")))
    a("Also invented or guessed: the everyday `rcl_` (Luhn) and `lbk_` (Adler-32) layouts and the evasion prefixes `esu_` / `llp-` are invented; the Django "
      "`SECRET_KEY`, HS512 JWT, Ed25519 PKCS#8 and age identity are real formats used for invented purposes (the Django key uses a subset of Django's alphabet without "
      "`!#$%&()` so that it can stand unescaped in every container). The lens-lab tray manifest, edger badge roster TSV and dispensary till ini are invented formats. "
      "Syntaxes written from memory, not re-checked against manuals (notably `vmrun -gu/-gp`, `dislocker -u`, `arj -g`, `lynx -auth=`, `qpdf --encrypt` argument order, "
      "`ejabberdctl register`, `veracrypt -p`, `bw unlock`, `wrangler secret put` / `gh secret set` reading stdin, the argument positions of exchangelib `Credentials`, "
      "UsmUserData, JedisPool, JavaMail `Transport.connect`, `Net::SMTP.start`, `openssl_pkey_get_private`, `sqlite3_key`, `ngx.hmac_sha1`, MATLAB `database`, "
      "`Blynk.begin`, `sp_addlinkedsrvlogin`, `sp_addlogin`, `DBMS_CREDENTIAL.CREATE_CREDENTIAL`, the DICOM user-identity decode layout, the AMQP Start-Ok decode, the "
      "dma `auth.conf`, stunnel PSK and hostapd `wpa_psk` layouts). Evasion code points (Braille U+2800 block, die faces U+2680–2685, turned digits U+218A / U+218B, "
      "□ U+25A1, ° and ′) were checked with Python while writing; EBCDIC 037 was checked against Python's `cp037` codec (the decoder's table is retyped). Negatives: the "
      "GOC number layout, ODS code layout, lab job / tray layouts, OMA record subset and DICOM UID root are approximate.\n")

    # ---------------------------------------------------------------- judgement
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (practice-management database, lens-lab portal, frame-workshop ERP, shop till, edger service menu, imaging server) and six "
      "generated secrets (`rcl_` Luhn token, `lbk_` Adler-32 key, Django `SECRET_KEY`, HS512 JWT, Ed25519 PKCS#8 key, age identity). The Ed25519 key is plain standard "
      "Base64 that starts with the well-known `MC4CAQAwBQYDK2VwBCIEI` prefix; the age identity shares its Bech32 alphabet with the `age1` recipients of the negatives "
      "(public) – same-family traps. Key names in everyday files say password / token / key / jwt / identity – that is how such files look; the telling-key-free cases are "
      "in the positional source.")
    a("- Vendor: many trade vendors (VisionWeb, Optix, Acuitas, Compulink, Eyefinity, Topcon, HOYA, Essilor, CooperVision, Appointedd, Setmore) publish no token format "
      "the builder knows, so those types are recognisable only from the key name – part of the test. Six trade types carry owner-chosen passwords (GOC, College of "
      "Optometrists, PCSE, MyLuxottica, Safilo, VISUFIT). The NHSmail app password is 16 lower-case letters. The Discord, Teams and Zapier webhook URLs are labelled "
      "whole (the URL is the credential). The Klaviyo private key starts `pk_` (public-looking prefix, private key), the Stripe restricted key `rk_live_51` shares the "
      "frame of the `pk_live_51` publishable key in the negatives, and Postmark, Opsgenie, Splunk HEC and DocuSign secrets are bare UUIDv4s like the event ids of the "
      "negatives; many 32 / 40 / 64-hex secrets look like the digests of the negatives. Ids next to a secret (client ids, key ids, app ids, the Mailjet public API key, "
      "the Langfuse public key, the Trello API key) stay unlabelled as the public half of a pair (arguable for the Mailjet and Trello keys, which some detectors flag on "
      "their own). The Bitwarden export's `login.password` holds an API key for most vendor types.")
    a("- Passwords: labelled when the value logs in (glued `-p`, `-u` and `-g`; `user%secret`, `user:secret` pairs; `-w`, `-A`, `-c` community, `-gp`, `/p:`; positional "
      "after a user in `isql`, `net user`, `ejabberdctl`, `bw unlock`; library call positions in Python, Node, Java, C#, Go, Rust, Ruby, PHP, Perl, C, Lua, Swift, Dart, "
      "R, Elixir, Arduino and MATLAB), unlocks or encrypts (`zip -P`, `qpdf --encrypt`, `veracrypt`, `dislocker`, `arj -g`, `cryptsetup`, `keepassxc-cli`, zipfile, "
      "pypdf, `openssl_pkey_get_private`, `sqlite3_key`, `pgp_sym_encrypt`), signs or derives with a literal (HMAC calls in Node, Ruby, PHP, Lua, Elixir, Swift, "
      "Java `SecretKeySpec`; itsdangerous, authlib, `jwt.verify`, scrypt, Rfc2898DeriveBytes), is stored for later use (`ssh-keygen -N`, `saslpasswd2`, `wrangler "
      "secret put`, `gh secret set`, `DBMS_CREDENTIAL`, `sp_addlinkedsrvlogin`, `sp_addlogin`), sits in a file by position, travels in a protocol exchange (IMAP LOGIN, "
      "NickServ IDENTIFY, OPER, SMTP AUTH PLAIN, DICOM user identity, AT+CWSAP, AMQP Start-Ok, HL7 MSH-8) or is typed by UI automation (neutral field ids `f1` / `f2`). "
      "The SMTP AUTH PLAIN and Docker `auth` spans are the whole Base64 token, not the decoded password. Weakest kept cases, with a hint nearby: the `[sudo] password for` "
      "prompt after `sudo -S`, the `Enter password to unlock` prompt of keepassxc-cli, the `assword:` expect pattern, the `secret` column header of chap-secrets, "
      "`login=` in squid, `-auth=` in lynx, the `-c` community flag of snmpwalk, `{PLAIN}` in dovecot and the headers of the invented files (`unlock`, `portal pin`); none is "
      "a `password=` key. Syntaxes whose flag or function says pass / passwd / password / pw / passphrase right before the value were not written. Closest relatives of "
      "earlier syntaxes, kept because the tool, file or mechanism differs: URL userinfo in WinSCP, lpadmin, pip.conf, lftp bookmarks, SQLAlchemy and mysql2 (earlier "
      "wget / psql / svn / ffmpeg / Kodi / gitconfig forms); basic-auth pair calls in reqwest, Dart, httr, exchangelib and requests-ntlm (earlier requests / Go "
      "SetBasicAuth forms); the HMAC literal calls (earlier Python hmac, Rust Hmac, CryptoJS); `imap LOGIN` on the wire (earlier PHP `imap_open`); SMTP AUTH PLAIN "
      "(earlier SMTP AUTH LOGIN and XMPP SASL PLAIN); AT+CWSAP (earlier AT+CWJAP); `pgp_sym_encrypt` and pgcrypto `hmac` (earlier pgcrypto `encrypt`); Cypress, "
      "Playwright, Katalon, Flutter, Capybara, uiautomator2, AutoIt, AutoHotkey, AppleScript and SikuliX typing (earlier Selenium / WebdriverIO / Puppeteer / "
      "pyautogui / SendKeys forms). The SNMP community string is a shared secret, not a personal password (kept; a scorer may disagree).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for Russian, Serbian, Bosnian, Galician, English, "
      "Tagalog, Japanese, Korean, Hindi, Luxembourgish, West Frisian; modest for Kazakh, Uzbek, Tajik, Tatar, Marathi, Gujarati, Arabic, Kurmanji, Yiddish, Cebuano, "
      "Haitian Creole, Papiamento, Faroese, Scottish Gaelic, Breton; low for Kannada, Malayalam, Sinhala, Burmese, Pashto, Central Kurdish, Javanese, Hausa, Yoruba, "
      "Zulu, Xhosa, Kinyarwanda, Malagasy, Southern Sotho. Loan words (password in Hindi, Marathi, Gujarati, Kannada, Malayalam, Tagalog, Cebuano and Papiamento; "
      "computer / reception in many) are kept as people use them. `arb` is Standard Arabic (named Arabic here), `kmr` Northern Kurdish (named Kurmanji), `ckb` Sorani.")
    a("- Evasions: Morse carries case with a `^` mark (the builder's convention, stated in the rule); Braille uses a number sign before every digit (no digit runs) and "
      "the two-cell UEB underscore; the tarot order is the Rider–Waite order (Strength 8, Justice 11) with the suits Wands, Cups, Swords, Pentacles – stated in the rule; "
      "ChaCha20 is a real cipher with its key and nonce in the text (the same key and nonce for every record, so equal plaintext prefixes give equal ciphertext "
      "prefixes – every `esu_` run starts with the same 4 bytes, every `llp-` run too); EBCDIC and bcrypt radix-64 are byte notations; base 36 is one big integer; the "
      "five optician disguises put character codes into prescription, PD, contact-lens and frame-size numbers that look like ordinary clinical data.")
    a("- Negatives: prescriptions, frame markings, tracer data, lab refs, GOC / ODS codes, UDI labels and DICOM UIDs are identifiers or clinical numbers (no patient "
      "names; DICOM UIDs under the example root); the Stripe `pk_live_51`, Algolia search-only key, Maps browser key, Sentry DSN, Klaviyo site id, reCAPTCHA site key and "
      "PostHog `phc_` key are public by design (the `pk_live_51` key shares the frame of the labelled `rk_live_51` key, and the Maps key the `AIza` frame – the most "
      "arguable negatives); the AWS documentation key pair and the jwt.io sample token are published documentation examples; bullets, stars, ellipses and last-four "
      "displays carry no value; secretKeyRef, `op://`, `${{ secrets.* }}`, ARNs, Key Vault references, `%env()%`, `vault:` and `/run/secrets` are pointers; Django "
      "pbkdf2 and yescrypt strings are one-way hashes (the column is called `password_hash` – a trap); SOPS and Ansible Vault blobs are ciphertext; age recipients and "
      "WireGuard public keys are public; image digests and SRI hashes are digests; KSUIDs, UUIDv4 event ids and S10 parcel ids are ids; webhook signature headers are "
      "HMAC outputs, not keys; policy prose names passwords without giving one; instrument serials and MAC addresses are hardware ids. Random fillers are generated, so an "
      "entropy-only detector will hit them – that is the point.\n")

    # ---------------------------------------------------------------- sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief231/` (p228 and p229), for format and coverage only. The detector was not opened, listed or searched; nothing else under "
      "`/work/main` was touched; git was not run in the project; no other `/tmp` directory except `/tmp/scratch231/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks default rule file (`gitleaks/gitleaks`, "
      "`config/gitleaks.toml`, brought in with the search tool's `fetch` into its own mirror directory and extracted with `git show` into `/tmp/scratch231/`), read for "
      "the rules behind every vendor type marked *read this session* above (among them Stripe `rk_live_`, Shopify `shpss_` / `shppa_`, EasyPost "
      "`EZAK`, Shippo, Square `EAAA`, Plaid, Algolia, SendGrid `SG.`, Slack `xapp-` / `xoxp-`, the Teams webhook URL, Sendbird, OpenAI `sk-svcacct-` / `sk-admin-` with "
      "`T3BlbkFJ`, Anthropic `sk-ant-admin01-`, Cohere, Hugging Face `api_org_`, GitHub `ghs_` / `ghu_`, GitLab `glptt-` / `glrt-` / `gloas-`, PyPI, Atlassian `ATATT3`, "
      "Postman `PMAK-`, ReadMe `rdme_`, Linear `lin_api_`, Okta `00`, PlanetScale, Terraform `atlasv1`, Vault `hvs.`, Sourcegraph `sgp_`, Doppler `dp.pt.`, Entra ID `Q~`, "
      "New Relic `NRAK-`, Grafana `glsa_` / `glc_`, Cloudflare global key, DigitalOcean `doo_v1_`, Dynatrace `dt0c01.`, Databricks `dapi`, Prefect `pnu_`, MaxMind "
      "`_mmk`, Dropbox `sl.`, the age secret key). Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this session; the remaining shapes "
      "come from the builder's memory and are marked above as believed or guessed. Python's standard library (`hashlib`, `hmac`, `base64`, `json`, `zlib`, `uuid`, the "
      "`cp037` codec in the encoder) computes the digests, HMACs, check values and encodings of generated values; the ChaCha20 implementation was checked against the "
      "RFC 8439 test vector.\n")
    return "\n".join(L)
