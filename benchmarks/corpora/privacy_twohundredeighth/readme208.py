"""Renders README.md from the generated data (deterministic)."""
import common208 as C
import everyday208
import evasions208
import negatives208
import positional208
import prose208
import vendor208
from enc208 import ENCODINGS


def _bt(xs):
    return ", ".join("`%s`" % x for x in xs)


def render(data, meta):
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    deny = data["deny"]
    src = {}
    for r in S:
        src.setdefault(r["source"], []).append(r)
    ev, vd, pw, pr = src["everyday"], src["vendor"], src["password"], src["prose"]
    classes = []
    for r in N:
        if r["class"] not in classes:
            classes.append(r["class"])
    L = []
    a = L.append
    a("# privacy_twohundredeighth (p208) – held-out credential corpus\n")
    a("Synthetic, independently built evaluation data for a credential / secret detector (\"privacy filter\"), focused on "
      "**chimney-sweep, stonemason and watch-repair developers**: sweep certificates and appointment rounds (Rails, Remix, "
      "AdonisJS, Django, Sinatra and Elixir round planners, a sweep-van Android / iOS tablet app, HETAS, NACS and Guild of "
      "Master Sweeps portals, Jobber, ServiceM8 and Housecall Pro job tools), memorial inscriptions and cemetery permits "
      "(Laravel and Craft CMS inscription sites, .NET and Clojure permit services, PlotBox, NAMM), stone and lettering quotes "
      "(Strapi, Flask, Spring and Micronaut quote services, a Vite / Angular quote builder), watch service tickets and "
      "movement records (Express, Deno, FastAPI and Alembic services, a Rust timegrapher bridge, Chrono24, WatchCharts), "
      "parts and spares stock (Odoo, ERPNext, Cousins UK and Esslinger trade accounts, EAN-coded stock), customer reminders "
      "(n8n, Laravel queues, SMS and mail providers, Lob letters), insurance valuations (Next.js and Go valuation archives, "
      "DocuSign, PandaDoc, Dropbox Sign, signed share links, Fernet-encrypted records) and workshop timers (PlatformIO / "
      "Zephyr bench timers, Node-RED, TLS-PSK); plus the commerce, messaging, AI, developer and ops services such developers "
      "use (Stripe, PayPal, Square, Mollie, Paddle, Lemon Squeezy, Chargebee, WooCommerce, Ecwid, Wix, eBay, Amazon SP-API, "
      "Sage, FreeAgent, Zoho Books, Wave, EasyPost, Shippo, ShipEngine, Royal Mail Click & Drop, getAddress.io, Ideal "
      "Postcodes, OS Data Hub, Google Maps, Mapbox, SendGrid, Postmark, Resend, Mailjet, MailerLite, SparkPost, Customer.io, "
      "Vonage, Plivo, Textlocal, Esendex, BulkSMS, Twilio, WhatsApp Cloud API, Telegram, Slack, Discord, Microsoft Teams, "
      "Mattermost, Matrix, Pushbullet, Zulip, OpenAI, Anthropic, Mistral, Cohere, DeepSeek, xAI, OpenRouter, ElevenLabs, "
      "AssemblyAI, Deepgram, Hugging Face, Langfuse, Weights & Biases, Roboflow, GitHub, GitLab, npm, PyPI, Docker Hub, "
      "Atlassian, Netlify, Supabase, Railway, Terraform Cloud, Linear, Asana, ClickUp, Trello, Bugsnag, New Relic, Grafana, "
      "Axiom, UptimeRobot, Checkly, Healthchecks.io, Cloudflare, Vultr, OVHcloud, Wasabi, Tailscale, ngrok, Doppler, "
      "HashiCorp Vault, Bitwarden Secrets Manager, Google OAuth, Microsoft Entra, Nylas, Frame.io, Contentful, MaxMind, "
      "Algolia, Calendly, YouCanBookMe, Cloudinary, Uploadcare); with hard negatives from the same world (sweep certificate "
      "and appliance numbers, flue-liner EAN-13 codes with real check digits, cemetery plot and permit references, "
      "inscription proofs, movement serials and case references, Verhoeff-checked repair tickets, IBANs with real MOD 97 "
      "check digits, publishable and browser-safe keys, `.env.example` dummies, redacted logs, secret-store references, SOPS "
      "and Ansible Vault ciphertext, Django PBKDF2 and `$6$` hashes, password-policy prose, backup and firmware digests, "
      "timegrapher readings, stone quote dimensions, UUIDv4 and ULID job ids, SSH public keys and hashed known_hosts, webhook "
      "and signed-link HMACs). Everything is produced by `build.py` and its modules (`common208.py`, `everyday208.py`, "
      "`vendor208.py`, `positional208.py`, `prose208.py`, `enc208.py`, `dec208.py`, `evasions208.py`, `negatives208.py`, "
      "`checks208.py`, `readme208.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed "
      "`random.Random` seeds (%d everyday, %d everyday pairing, %d vendor, %d positional passwords, %d prose, %d evasions, "
      "%d negatives), no clock, no network. `python3 build.py [outdir]` generates everything twice in one process, compares "
      "the bytes of the three JSONL files, runs every check and %d mutation tests, renders this README from both generations "
      "and compares it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). "
      "`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief208/`.\n"
      % (everyday208.SEED, everyday208.PAIR_SEED, vendor208.SEED, positional208.SEED, prose208.SEED, evasions208.SEED,
         negatives208.SEED, len(meta["mutations"])))
    a("**Independence.** The builder never saw the detector. Under `/work/main` only this output directory "
      "(`benchmarks/corpora/privacy_twohundredeighth/`) was created (with `mkdir -p`) and written; its parent was never "
      "listed, nothing else under `/work/main` was opened, listed, grepped or searched, and git was never run there. The only "
      "project material read were the two READMEs in `/tmp/brief208/` (`README_twohundredthird.md`, p203, pottery-studio / "
      "glassblowing-workshop / blacksmith-forge developers; `README_twohundredfourth.md`, p204, ferry-operator / water-taxi / "
      "harbour-pilot developers), used only to learn the file format and what is already covered. No other `/tmp` directory "
      "was looked at except the scratch directory `/tmp/scratch208/` (an extracted copy of the public gitleaks rule file, a "
      "trial deny-list and trial builds). The deny-list (`common208.extract_denylist`) holds every backticked name and every "
      "snake_case identifier of both READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes "
      "with their `<letters>pw_` prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d codes; the pattern also "
      "catches `alg` and `id`, which only makes the list stricter) and the names and name words of those pairs (%d entries, "
      "with harmless noise). It is frozen in `brief_names.json`; when `/tmp/brief208/` exists the build re-extracts it and "
      "fails if it differs (this build: %s). Encodings that the READMEs name only in prose (their bases, digit scripts, "
      "number-word languages, look-alike blocks, ciphers such as Atbash / affine / Vigenère / autokey, byte notations, "
      "keyboard tricks, rotation / rail fence and world disguises) were avoided by hand as well. Novelty is checked against "
      "these two READMEs only; older corpora may share vendors, syntaxes, languages or notations.\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"]), meta["deny_status"]))

    # ------------------------------------------------------------ files
    a("## Files and counts\n")
    a("| file | records | spans | span types | container kinds | notes |")
    a("|---|---|---|---|---|---|")
    a("| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |"
      % (len(S), len(S), len({r["type"] for r in S}), len({r["container"] for r in S}), len(ev), len(vd), len(pw), len(pr),
         len({r["container"].split("__")[1] for r in pr})))
    a("| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |" % (len(E), len(E), len({r["type"] for r in E}),
                                                                    len({r["container"] for r in E}), len({r["encoding"] for r in E})))
    a("| `negatives.jsonl` | %d | – | – | %d | %d classes |" % (len(N), len({r["container"] for r in N}), len(classes)))
    a("| `README.md` | – | – | – | – | rendered by `build.py` |")
    a("| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names` %d, `syntaxes` %d, `language_codes` %d, `language_names` %d) |\n"
      % (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
    a("Schema (same as the earlier corpora): positives `id` (`p208-s-NNNN`), `type` (= type of its span), `container`, `text`, "
      "`secrets` (a list with exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, "
      "`prose`). Evasions (`p208-e-NNNN`): `id`, `type`, `container`, a record-level `encoding`, `text`, `secrets`, `source` "
      "(`evasion`); their single span also has `plain` (the clean secret) and `encoding`. Negatives (`p208-n-NNNN`): `id`, "
      "`class`, `container`, `text`, `source` (`negative`). Python code-point offsets, `text[start:end] == value`, UTF-8 JSON "
      "lines with `ensure_ascii=False`.\n")
    n_syn = len(positional208.SYNTAXES)
    a("**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records; spare kind written and "
      "unused: `%s`). Vendor %d (%d candidates written; set aside: %s). Positional passwords %d (%d syntaxes written; set "
      "aside: %s). Prose %d in %d languages (spares written and unused: %s). Evasions %d = 22 × 3. Negatives %d = %d classes "
      "× 2 base kinds × 5 presentations. Positives total %d (asked: about 450). Values, random public neighbours, hidden "
      "passwords, evasion plains and runs drawn through the registry: %d.\n"
      % (everyday208.SPARE_KIND[0], len(vd), len(vendor208.VENDORS),
         "; ".join("`%s` (%s)" % (k, v) for k, v in vendor208.SPARE_REASONS.items()), len(pw), n_syn,
         "; ".join("`%s` (%s)" % (k, v) for k, v in positional208.SET_ASIDE.items()), len(pr), len(pr),
         ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose208.SPARES), len(E), len(N), len(classes), len(S),
         data["registry_size"]))

    # ------------------------------------------------------------ conventions
    a("## Conventions\n")
    a("- A span covers only the credential: the value after a key, attribute, flag, argument, column, field or protocol "
      "element, never the quotes and never the key. Values pasted where they do not belong (a sweeps' WhatsApp export, a "
      "masons' Discord paste, an OCR'd bench notebook, a Numbers CSV export, a Jira comment, a zsh or `cmd` history, a Gmail "
      "draft, a KeePass XML export, `ansible-vault view` output, `vault kv put` / `gh secret set` / `kubectl create secret` / "
      "`heroku config:set` history) are labelled.")
    a("- Owner-chosen passwords are a word of this world (%s; %d in all; capitalised with probability 0.4) + one of "
      "`- _ . + ! ~` + 3–5 lower-case letters / digits + 2 digits (positional, prose and evasion passwords use only `- _ .`). "
      "The build checks `%s` for the six everyday password types and the owner-chosen vendor passwords, and the strict "
      "`%s` for every plain positional value, every password hidden inside a Base64 positional value, every prose value and "
      "every engraver-PC evasion plain."
      % (", ".join(C.WORLD_WORDS[:30]) + ", …", len(C.WORLD_WORDS), C.OWNER_RE.pattern, C.STRICT_RE.pattern))
    a("- Every labelled value occurs exactly once in its text, is never reused, and appears in no other record and in no "
      "negative; no evasion plain and no password hidden inside a Base64 positional value appears in any text or negative. "
      "Values, random public neighbours, hidden passwords, evasion plains and runs are drawn through one registry that refuses "
      "repeats and any string in a substring relation (6+ characters) with an earlier one; a negative is redrawn if it "
      "contains any registered string of 6+ characters.")
    a("- Structured values are valid: every UUID-shaped substring of every text is version 4 (checked); every JWT-shaped "
      "substring has base64url JSON header and payload and a signature length that fits its `alg` (checked): the valuation "
      "share-link token is a real HS512 JWT, the Supabase service-role key and the Calendly token real HS256 JWTs (HMACs under "
      "discarded keys), MailerLite, Lemon Squeezy and Wix (`IST.` + JWT) RS256-shaped. `srt_` tokens end in real ISO 7064 "
      "MOD 97-10 check digits, `spk_live_` keys in the real Adler-32 of their body, `rmd_whsec_` secrets are base64url of 32 "
      "bytes, Fernet keys URL-safe Base64 of 32 bytes, the Mapbox secret token carries base64url JSON, the Matrix token the "
      "base64url of its localpart, the Bitwarden Secrets Manager token a Base64 16-byte key; every vendor value is checked "
      "against a regular expression derived from its generator. The two Base64 positional spans decode to NUL user NUL "
      "password (SMTP `AUTH PLAIN` initial response) and `user:password` (Docker `config.json` `auth`) with a strict-form "
      "password (checked); the spares-scanner fixed-width file puts the value in columns 41–60 (checked). Negatives: EAN-13, "
      "Verhoeff and IBAN MOD 97 check digits are real (checked); digests are real digests of random bytes; webhook and link "
      "signatures real HMAC-SHA256 outputs under discarded keys; the SSH public keys have a real `ssh-ed25519` wire-format "
      "blob around random key bytes.")
    a("- Public neighbours are unlabelled: user names, hosts (`*.benchtime.lan`, `*.chiselmarks.lan`, `*.flueline.lan`, "
      "`*.sootandsons.lan`, `*.example`, private addresses), key names, the PSK identity, and ids written next to a vendor "
      "secret (%s) and the user half of a user / password pair."
      % "; ".join("%s: %s" % (v[0], " ".join(v[2][0])) for v in vendor208.VENDORS[:vendor208.N_VENDOR] if v[2]))
    a("- Positional passwords: span type `%s<syntax>`, container `%s<syntax>__<suffix>` where the suffix says where the "
      "text lives: %s." % (C.PWPREFIX, C.PWPREFIX, ", ".join("`%s` (%s)" % (v, k) for k, v in positional208.SUFFIX.items())))
    a("- Evasion spans cover the whole encoded run only; each text states the rule in words, then `:` and a newline, then "
      "the run on its own line, then a remark. Plains use `[A-Za-z0-9_.-]`; a plain is redrawn if it would appear inside "
      "its own run, if the run equals the plain or if the run would start or end with whitespace.\n")

    # ------------------------------------------------------------ categories
    a("## Categories (positives)\n")
    a("Everyday (12 types): " + "; ".join("`%s` (%s)" % (t[0], t[2]) for t in everyday208.TYPES) + ".\n")
    a("Container kinds (45, key style in brackets): " + ", ".join("`%s` (%s)" % (k, s) for k, s, _t in everyday208.CONTAINERS)
      + ". Pairing: the 45 kinds form 15 blocks of three; each block takes its own seeded permutation (seed %d) of the 12 "
        "types and deals four consecutive types to each kind, so every kind holds four different types and every type sits "
        "in exactly 15 records (checked); secrets therefore also land in implausible places (a Fernet key in a sweep-van "
        "xcconfig, a timer PSK in a Jira comment). Key names are the type's key words in the container's own case style: "
        "upper, snake, camel, pascal, kebab, dot (properties files), spaced (chats, comments) and title (OCR, CSV cell).\n"
      % everyday208.PAIR_SEED)
    a("Vendor (%d types, container `<type>__<style>`): %s. Styles (%d, assigned cyclically): %s. Where a vendor pairs a "
      "public id with the secret, the id is written next to it in the same style and left unlabelled (in the KeePass export "
      "it sits in `UserName`).\n"
      % (len(vd), _bt(r["type"] for r in vd), len(vendor208.STYLES), ", ".join("`%s` (%s)" % s for s in vendor208.STYLES)))
    a("Positional passwords (%d syntaxes, span type `%s<syntax>`): %s. None of them is among the syntaxes or names of either "
      "README (compared after removing the `<letters>pw_` prefix; checked).\n" % (len(pw), C.PWPREFIX, _bt(r["type"] for r in pw)))
    a("Prose: someone tells a colleague the password of the stone-engraving machine's PC and asks them not to forward it; "
      "span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (%d): %s. None of them or the spares "
      "is among the languages or spares of either README (checked: code against the codes and all deny-listed names; name "
      "and each name word against the language names). Scripts: %s. Japanese, Mandarin, Burmese and Khmer do not separate "
      "words with spaces, so the value got spaces around it; Russian and Scottish Gaelic introduce the value after a colon; "
      "Tajik puts the copula аст after it, Hindi है, Marathi आहे, Gujarati છે, Malayalam ആണ്, Burmese ပါ, Japanese です, "
      "Korean 입니다; Hebrew and Arabic are right-to-left with the Latin value embedded; every value is set off by whitespace "
      "on both sides (checked).\n"
      % (prose208.TYPE, _bt(prose208.FORMATS), len(prose208.LANGS), ", ".join("`%s` (%s)" % (c, n) for c, n, _s, _t in prose208.LANGS),
         ", ".join(sorted({s for _c, _n, s, _t in prose208.LANGS}))))

    # ------------------------------------------------------------ evasions
    a("## Evasion encodings\n")
    a("; ".join("`%s` = \"%s\"" % (n, rule) for n, _f, rule in ENCODINGS) + ".\n")
    a("Families: " + "; ".join("%s: `%s`" % (f, n) for n, f, _r in ENCODINGS) + ".\n")
    a("Evasion types: " + "; ".join("`%s` (%s)" % (t, d) for t, d, _g in evasions208.ETYPES)
      + "; wordings: " + _bt(w for w, _h, _r in evasions208.WORDINGS)
      + "; container `<encoding>__<wording>` (each encoding appears once per type and once per wording).\n")
    a("Encoders are in `enc208.enc` (the rng only adds noise the decoder ignores: room names of the flue survey, section "
      "letters of the plots, position / rate / beat error of the timegrapher readings, makers of the calibres, streets of "
      "the round, heights of the headstones); the decoder `dec208.decode` gets only the encoding name and the run and is "
      "written separately, importing nothing from the encoder and no `base64`, `binascii` or `codecs`: a balanced-ternary "
      "reader (1 / 0 / T), a base-11 reader (X = ten), Myanmar and Mongolian digit offsets, an Aegean numeral adder, a German "
      "number-word parser (hundert-, -und-, eins / ein), an Esperanto parser (cent, -dek), inverse Beaufort (self-inverse) "
      "and Porta (pair-number shift between the two half-alphabets) under their keys, a retyped CHIMNEY keyed alphabet, hex "
      "XOR 0x2A, the pair swap (self-inverse), a two-bit nucleotide reader, a running sum for the deltas, a variation-selector "
      "byte reader (VS1–16 and VS17–256), an a–p nibble reader and regular expressions plus arithmetic for the six world "
      "disguises. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of length 2–44 per notation while "
      "writing (0 failures); the Beaufort and Porta encoders were checked by hand on `attackatdawn` (FLUE → `fsbedbulclyr`, "
      "DIAL → `ocgsqonbrrji`); at build time every span is decoded back to its `plain` (checked).\n")

    # ------------------------------------------------------------ negatives
    a("## Negative classes\n")
    a("| class | records | base kinds | what is in it |")
    a("|---|---|---|---|")
    for cname, desc, kinds in negatives208.CLASSES:
        a("| `%s` | %d | %s | %s |" % (cname, sum(1 for r in N if r["class"] == cname), _bt(k.__name__ for k in kinds), desc))
    a("\nEach base kind appears plain and wrapped " + ", ".join("`__%s`" % w for w, _f in negatives208.WRAPPERS) + ".\n")

    # ------------------------------------------------------------ checks
    a("## Checks run by build.py before writing\n")
    a("- ids unique, well-formed and sequential per file; exact record and span field sets (in order); exactly one span per "
      "record; spans re-slice exactly, no empty value and no edge whitespace; record type == span type; each value occurs "
      "exactly once in its text; no value reused; no value in another record's text or in any negative; no evasion plain or "
      "Base64-hidden password in any text or negative; no slot marker, NUL or `PRIVATE KEY`; prose values set off by whitespace")
    a("- shapes: owner-chosen password regex for the everyday password types, the strict form for plain positional, "
      "Base64-hidden, prose and engraver-PC evasion passwords (`wsr_` and `svk-` plains by their own regexes); `srt_` MOD "
      "97-10; `rmd_whsec_` 32 bytes; 64-hex PSK; HS512 share-link JWT; Fernet 32 bytes; `spk_live_` Adler-32; %d vendor "
      "regexes; Base64 positional spans decode to the right frame; spares-scanner columns 41–60; UUID-shaped substrings of "
      "every text are version 4; every JWT-shaped substring has JSON header and payload and a signature length that fits its "
      "`alg`; EAN-13, Verhoeff and IBAN check digits in their negative classes" % len(vendor208.regexes()))
    a("- evasions: every span decodes to its `plain` with the independent decoder; the stated rule, `:` and a newline come "
      "right before the run, which is on one line followed by a newline and a remark; plain alphabet `[A-Za-z0-9_.-]`; the "
      "run never contains its plain and never equals it; record and span encoding agree; container `<encoding>__<wording>`; "
      "22 encodings × 3")
    a("- negatives: exact fields, `source` `negative`, no duplicate texts, ≥ 16 classes, ≥ 180 records, free of every "
      "positive value, plain and hidden password")
    a("- deny-list: every container (positives, evasions, negatives – so also every vendor style, password suffix, prose "
      "format, evasion wording, negative base kind and wrapper inside it), the spare everyday kind, span type, evasion "
      "encoding and negative class is compared case-insensitively, whole name and each `__` part, with the frozen deny-list; "
      "positional syntaxes (span type without `%s`) also against the earlier syntax list; prose languages and spares by "
      "code, name and name words; `brief_names.json` is compared with a fresh extraction when `/tmp/brief208/` exists" % C.PWPREFIX)
    a("- counts: everyday 180 = 45 kinds × 4 with 12 types × 15 and four different types per kind; 120 distinct vendor types "
      "with containers `<type>__<style>`; 95–120 distinct password syntaxes, one record each; 40 prose records in 40 distinct "
      "languages; 66 evasions (22 × 3); positives 440–470; span types of the four sources pairwise disjoint; non-everyday "
      "containers unique; negatives ≥ 180 in ≥ 16 classes")
    a("- determinism: two in-process generations compared byte for byte; README rendered from both and compared")
    a("- %d mutation tests on deep copies, each must add an error the clean data does not have (this run: %d/%d): %s\n"
      % (len(meta["mutations"]), sum(c for _n, c in meta["mutations"]), len(meta["mutations"]),
         ", ".join("`%s` (%s)" % (n, "caught" if c else "MISSED") for n, c in meta["mutations"])))

    # ------------------------------------------------------------ shapes
    a("## Shapes you had to guess\n")
    groups = {"read": [], "believed": [], "guessed": [], "owner": []}
    for v in vendor208.VENDORS[:vendor208.N_VENDOR]:
        _gen, _rx, desc = vendor208.vendor_shape(v)
        nb = (" – next to it: " + " ".join(v[2][0])) if v[2] else ""
        groups[v[3]].append("`%s` (%s%s)" % (v[0], desc, nb))
    a("*Read this session* for shape in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`; "
      "nothing copied; every value generated; where the rule gives only a prefix or an alphabet, the exact length is mine) "
      "(%d): %s.\n" % (len(groups["read"]), "; ".join(groups["read"])))
    a("Believed right from background knowledge of public rule sets and vendor docs (not re-read this session) (%d): %s.\n"
      % (len(groups["believed"]), "; ".join(groups["believed"])))
    a("Guessed (length and alphabet only; most trade, cemetery, watch-market, field-service and small SaaS vendors publish "
      "no token format the builder knows, so these are recognisable from the key name only) (%d): %s.\n"
      % (len(groups["guessed"]), "; ".join(groups["guessed"])))
    a("Owner-chosen passwords (the trade portal or account is unlocked with a password the owner picked) (%d): %s.\n"
      % (len(groups["owner"]), "; ".join(groups["owner"])))
    a("Also invented or guessed: the everyday prefixes `srt_` (with its MOD 97-10 check digits), `rmd_whsec_` and "
      "`spk_live_` (with its Adler-32 tail) and the evasion prefixes `wsr_` / `svk-` are invented; the HS512 share-link JWT, "
      "the 64-hex timer PSK and the Fernet records key are modelling choices. The sweep-certificate printer users file, "
      "bench roster, yard gate keypad CSV, timegrapher bridge config, spares-scanner fixed-width file (columns 41–60), "
      "valuation export, round-planner users file and lettering-machine INI are invented formats of this world. Syntaxes "
      "are written from memory, not re-checked: flags and positions of `smbclient -U user%pw`, `rdesktop -p`, `xfreerdp "
      "/p:`, `sshpass -p`, `mysql -p<pw>`, `mongosh -p`, `redis-cli -a`, `rabbitmqctl add_user`, `7z -p`, `zip -P`, "
      "`openssl enc -pass pass:`, `keytool -storepass`, `ldapsearch -w`, `ssh-keygen -N`, `cryptsetup --key-file -`, "
      "`plink -pw`, WinSCP `open sftp://`, `net user … /add`, `cmdkey /pass:`, `chpasswd`, `rabbitmqadmin -p`, HiveMQ "
      "`mqtt pub -pw`, `curl --proxy-user`, `docker login -p`, `skopeo --dest-creds`, `twine -p`, `snmpwalk -c`, `wpa_cli "
      "set_network psk`, `tmux send-keys`, `screen -X stuff`, `bw unlock`, `restic -r rest:`, `hg clone`, `racadm -p`, "
      "`sudo -S`, `openssl -passin stdin`, `gocryptfs` stdin, `openvpn --askpass /dev/stdin`, `ecryptfs-unwrap-passphrase "
      "… -`, `saslpasswd2 -p`, `mc admin user add`, `az login -p`, `curlftpfs`, `rar -hp`; the library positions (paramiko "
      "`connect`, imaplib / smtplib `login`, ldap3 `Connection`, cryptography `load_pem_private_key`, PyKeePass, "
      "requests-ntlm, exchangelib, pysnmp `UsmUserData`, `mock.patch(…, return_value=…)`, hvac userpass, Odoo XML-RPC "
      "`authenticate`, pymongo URI, ldapjs `bind`, ioredis URL, JavaMail `Transport.connect`, Jedis `auth`, SSH.NET "
      "`SftpClient`, MailKit `Authenticate`, jlaffaye/ftp `Login`, Go `smtp.PlainAuth` and go-ldap `Bind`, lettre "
      "`Credentials::new`, reqwest `basic_auth`, Ruby `Net::SMTP.start`, PHP `ldap_bind` / `PDO`, Perl `Net::FTP`, VBA "
      "`SaveAs`, ADODB `Connection.Open`, libpq `PQsetdbLogin`, ESP `WiFi.softAP`, `ESP8266HTTPUpdateServer.setup`); the "
      "file layouts (`.pgpass`, Dovecot passwd-file, vsftpd virtual users, OpenVPN `auth-user-pass`, `.git-credentials`, "
      "Docker `config.json`); the protocol forms (IMAP `LOGIN`, FTP `PASS`, SMTP `AUTH PLAIN`, IRC `PASS` and NickServ "
      "`IDENTIFY`, NNTP `AUTHINFO PASS`, Redis RESP `AUTH`, STOMP `passcode`); the SQL forms (`sp_addlogin`, "
      "`sp_addlinkedsrvlogin`, SQLCipher `ATTACH … KEY`, MySQL `AES_ENCRYPT`, pgcrypto `pgp_sym_encrypt`); the UI "
      "automation calls (Playwright, Cypress, Nightwatch, Capybara, uiautomator2, Flutter `WidgetTester`, Testing Library "
      "`userEvent`, idb, cliclick, AppleScript, AutoIt, CodeceptJS). Negatives: certificate, appliance, permit, plot, deed, "
      "serial and ticket numbers, Django and `$6$` hash strings, SOPS / Ansible Vault bodies and known_hosts salts are "
      "random in the right frame (not ciphertext, hashes or keys of anything).\n")

    # ------------------------------------------------------------ judgement
    a("## Judgement calls\n")
    a("- Everyday: six owner-chosen passwords (sweep-certificate portal, cemetery-permit portal, lettering-quote database, "
      "watch service desk admin, spares stock database, valuation archive) and six generated secrets (`srt_` round-planner "
      "token, `rmd_whsec_` reminder webhook secret, 64-hex bench-timer PSK, HS512 valuation share-link JWT, Fernet key of the "
      "movement records, `spk_live_` spares-supplier key). The PSK (only hex, the shape of a SHA-256) and the Fernet key (only "
      "base64url) have no telling prefix but each lets anyone impersonate a timer or read the records, so both are labelled; "
      "the share-link JWT is labelled because it grants read access to a valuation. Key names in everyday files say password / "
      "token / secret / key / jwt / psk – that is how such files look; the telling-key-free cases are in the positional "
      "source. The Numbers CSV puts key and value together in one Notes cell; the Adonis `env.ts` has them in comments.")
    a("- Vendor: most trade-association, cemetery, watch-market, field-service, postcode and small SaaS vendors publish no "
      "token format the builder knows, so their types are recognisable only from the key name – part of the test. %d vendor "
      "types carry owner-chosen passwords (%s). Same-shape traps: the Google Maps *server* key is `AIza…` like the "
      "referrer-restricted Maps *browser* key in the negatives (the most arguable negative); Stripe `rk_live_` is labelled while "
      "`pk_live_` in the negatives is public; reCAPTCHA site keys (negatives) look like secret keys; the Algolia admin key "
      "(labelled) and the Algolia search-only key (negative) are both 32 hex; Postmark, Railway, Royal Mail and DocuSign secrets "
      "are bare UUIDv4s while job UUIDv4s are negatives; the WooCommerce `ck_`, PayPal client id, Langfuse `pk-lf-`, Twilio "
      "`SK` sid, Vonage key, Mailjet key, R2 access key id, Wasabi access key, OVH application key and Google client id sit next "
      "to their secrets and stay unlabelled. Whole URLs are labelled for the Discord and Microsoft Teams webhooks (the URL is "
      "the credential). The KeePass style stores every vendor secret under `Password`, as KeePass does. Brands of the earlier "
      "READMEs reappear with other credential kinds (Stripe restricted key, Square production token, OpenAI admin key, "
      "Anthropic workspace key, Hugging Face org token, GitHub `ghs_` / `ghu_`, GitLab trigger and runner tokens, Twilio API key "
      "secret, Telegram bot token, Slack app-level and user tokens, Doppler service token, Tailscale auth key, Cloudflare R2 "
      "and Global keys); only type names were checked."
      % (len(groups["owner"]), ", ".join(v[0] for v in vendor208.VENDORS[:vendor208.N_VENDOR] if v[3] == "owner")))
    a("- Passwords: labelled when the value logs in (flags `-U user%pw`, `-p`, `/p:`, `-a`, `-w`, `-pw`, `/pass:`, "
      "`--proxy-user`, `--dest-creds`, positional arguments of `rabbitmqctl add_user`, `net user`, `mc admin user add`, `bw "
      "unlock`; URL userinfo for WinSCP, restic, hg, curlftpfs, `.git-credentials`, pymongo and ioredis; library call positions "
      "in Python, Node, Java, C#, Go, Rust, Ruby, PHP, Perl, VBA, VBScript, C and Arduino C++), unlocks a file, key or store "
      "(`7z -p`, `zip -P`, `rar -hp`, `openssl enc -pass pass:`, `keytool -storepass`, `cryptsetup`, `gocryptfs`, "
      "`ecryptfs-unwrap-passphrase`, `openssl -passin stdin`, `openvpn --askpass`, `load_pem_private_key`, PyKeePass, VBA "
      "`SaveAs` password, SQLCipher `ATTACH … KEY`), sets a new secret (`ssh-keygen -N`, `chpasswd`, `saslpasswd2`, "
      "`sp_addlogin`), encrypts data under a passphrase (`AES_ENCRYPT`, `pgp_sym_encrypt` – the literal is the clear key), is a "
      "shared secret (SNMP community, Wi-Fi PSK via `wpa_cli`, soft-AP passphrase, IRC server password), sits in a file by "
      "position or travels in a protocol exchange, or is typed by automation (tmux, screen, UI tests with neutral field ids "
      "`f2`, `Edit2`). Weakest kept cases, with a hint of the word nearby: `keytool -storepass`, `openssl -pass pass:`, `cmdkey "
      "/pass:`, HiveMQ `-pw`, `plink -pw`, FTP `PASS`, IRC `PASS`, NNTP `AUTHINFO PASS`, STOMP `passcode:`, `sudo -S` (the "
      "prompt text follows), `mock.patch(\"getpass.getpass\", …)`, the `secret` / `unlock` / `pin-or-pass` headers of the "
      "invented files. The SMTP `AUTH PLAIN` and Docker `auth` spans are the whole Base64 token. Several ideas repeat the "
      "earlier corpora on new tools (URL userinfo, `-p` after `-u`, library call positions, stdin echo, Base64 protocol lines, "
      "UI typing, invented fixed-width files); novelty was checked by name, and obvious near-duplicates were set aside "
      "(listed under Scale).")
    a("- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for "
      "German, Italian, Portuguese, Galician, Norwegian Bokmål, Russian, Serbian, Bosnian, Esperanto, Standard Malay, Tagalog, "
      "Japanese, Korean, Mandarin Chinese; modest for Icelandic, Luxembourgish, Western Frisian, Occitan, Hebrew, Standard "
      "Arabic, Hindi, Marathi, Kazakh, Northern Uzbek, Kirghiz, Tajik, Hausa, Zulu; low for Faroese, Scottish Gaelic, Breton, "
      "Halh Mongolian, Bengali, Gujarati, Kannada, Malayalam, Sinhala, Burmese, Central Khmer, Yoruba. Loan words (PC, "
      "password in Tagalog, पासवर्ड, পাসওয়ার্ড, ಪಾಸ್‌ವರ್ಡ್, パスワード) are kept as people use them.")
    a("- Evasions: balanced ternary, base eleven and Aegean numbers are numeral systems; Myanmar and Mongolian digits are "
      "digit scripts; German and Esperanto number words are spelled forms; Beaufort, Porta and the CHIMNEY keyed alphabet are "
      "classical ciphers with stated keys; XOR 0x2A hex, nucleotide letters and a–p nibble letters are byte notations (a "
      "detector that decodes them will see the plain); the pair swap is a positional trick; delta coding is an arithmetic "
      "disguise; variation selectors are the invisible 'emoji smuggling' trick (the run is a watch emoji followed by "
      "invisible selectors – the most hostile record for tokenisers); flue diameters, cemetery plots, timegrapher amplitudes, "
      "calibre numbers, round house numbers and headstone widths are this world's disguises of code points. Close relatives "
      "exist in the earlier corpora (base 5 / 6 next to base 11 and balanced ternary, Khmer / Arabic-Indic digits next to "
      "Myanmar / Mongolian, French / Spanish / Latin words next to German / Esperanto, Vigenère / autokey next to Beaufort / "
      "Porta, tag and zero-width characters next to variation selectors, rotation / rail fence next to the pair swap, their "
      "world disguises next to these); novelty was checked by name against both READMEs and by notion against the encodings "
      "they name in prose.")
    a("- Negatives: certificate, appliance, permit, plot, deed, movement, case, ticket, quote, purchase-order and ULID values "
      "are identifiers (EAN-13, Verhoeff and IBAN values carry real check digits); Stripe `pk_live_`, reCAPTCHA site keys, the "
      "referrer-restricted Maps browser key and the Algolia search-only key are public by design (the Maps browser key and the "
      "Algolia search key are the most arguable: same shapes as labelled secrets elsewhere); `srt_<…>`, `spk_live_XXXX…`, "
      "`rmd_whsec_replace-me`, an all-zero PSK, `your-fernet-key-here`, `${…:?…}` and empty values are placeholders; stars + "
      "4-character tails, `[REDACTED]`, `***` and bullets carry no value; `secretKeyRef`, Key Vault references, Secrets Manager "
      "ARNs and `doppler run` are pointers; SOPS `ENC[…]` and `$ANSIBLE_VAULT` bodies are ciphertext; Django PBKDF2 and `$6$` "
      "strings are one-way hashes (the field is called `password`, a trap); webhook and link signatures are outputs of a key, "
      "not the key; SSH public keys and known_hosts lines are public. Random fillers are generated, so an entropy-only "
      "detector will hit them – that is the point.\n")

    # ------------------------------------------------------------ sources
    a("## Sources consulted\n")
    a("- The two READMEs in `/tmp/brief208/` (p203 and p204), for format and coverage only. The detector was not opened, "
      "listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` "
      "directory except `/tmp/scratch208/` was looked at.")
    a("- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks "
      "default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, brought in with the search tool's `fetch` into its own "
      "mirror directory and extracted with `git show` into `/tmp/scratch208/`), read for the rules behind every vendor type "
      "marked *read this session* above. Betterleaks, Kingfisher, CredSweeper and vendor documentation were not opened this "
      "session; the remaining shapes come from the builder's memory and are marked above as believed or guessed.")
    return "\n".join(L) + "\n"
