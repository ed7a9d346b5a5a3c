"""Renders README.md from the generated data and the check results."""
import collections

import common255 as C
import enc255
import everyday255 as EV
import evasions255 as EVA
import negatives255 as NEG
import positional255 as POS
import prose255 as PR
import vendor255 as VEN

GROUP_TITLES = [
    ('trade', 'Trade services of perfumers, soap makers and candle workshops: marketplaces and wholesale, MRP and '
              'inventory, print-on-demand, cosmetic-notification and formulation portals, raw-material suppliers, '
              'lab instruments and label printing, class bookings, workshop sensors'),
    ('commerce', 'Commerce, payments, shipping and accounting'),
    ('messaging', 'E-mail, messaging, reviews and support'),
    ('ai', 'AI services'),
    ('dev', 'Developer services'),
    ('ops', 'Ops, storage and monitoring'),
]


def _src_class(src):
    if src.startswith('read this session (gitleaks'):
        return 'gitleaks'
    if src.startswith('read this session (Kingfisher'):
        return 'kingfisher'
    if src.startswith('believed'):
        return 'believed'
    if src == 'guessed':
        return 'guessed'
    if src == 'owner-chosen':
        return 'owner'
    return 'other'


def render(data, ctx):
    pos, eva, neg = data['secrets'], data['evasions'], data['negatives']
    by_src = collections.Counter(r['source'] for r in pos)
    styles = VEN.assign_styles()
    style_use = collections.Counter(styles.values())
    L = []
    a = L.append

    a('# privacy_twohundredfiftyfifth (p255) – held-out credential corpus\n')
    a('Synthetic, independently built evaluation data for a credential / secret detector ("privacy filter"), focused on '
      '**perfumers, soap makers and candle workshops** and the developers and staff who build and run their software. '
      'The world: *Ambergris & Ash Perfumery* (`ambergrisash.example`: an organ room with a formula workstation and a '
      'formula vault, a QC lab with a GC-MS and a precision balance, a WooCommerce / Django shop, Etsy and wholesale '
      'channels, a dispatch and packing PC), *Lyeworks Soap Co.* (`lyeworks-soap.example`: a cold-process soap kitchen, '
      'a cure room with a climate controller, Shelly and Tuya sensors, a Dolibarr ERP, batch records and cosmetic '
      'notifications), *Wickhollow Candle Workshop* (`wickhollow.example`: wax melt tanks with a CODESYS HMI and ESP32 '
      'temperature probes, a CLP label print station, a mould 3D printer, candle-making classes with a booking back '
      'office and widget, a till bridge) and their software studio *Tincture Loop Studio* (`tinctureloop.example`: CI, '
      'ops, vaults, git). People: ' + ', '.join(C.WORLD['people']) + '. Secrets sit where this trade puts them: device '
      'files (a CODESYS global variable list, a Shelly script, an Agilent ChemStation macro, a ZPL label job, '
      '`moonraker.secrets`, Homebridge, ESP-IDF `sdkconfig.defaults`, Grafana provisioning, Telegraf), back offices and '
      'apps (wp-config, Django settings, Streamlit secrets, Nuxt runtime config, gradle.properties, a Windows .reg '
      'export, Power Query, Apps Script, a notebook cell, a REST Client file, Dolibarr), ops (supervisord, pm2, '
      'Capistrano, Salt pillar, tfvars, crontab, GitLab CI, direnv, just, make, zsh and PSReadLine history, journald, '
      'Sentry) and the messy places values get pasted (a Discord export, a makers\' forum post, an Obsidian note, an SMS '
      'backup, a class calendar event, a vCard, screencast captions, an Evernote export, an Etsy conversation, a Jira '
      'comment, a workbook\'s shared strings); the trade\'s own services (Etsy, Faire, Ankorstore, NOTHS, Katana, '
      'Craftybase, Cin7, Unleashed, Printify, Coptis, SCPN and the EU CPNP, Pell Wall, The Soap Kitchen, Candle Shack, '
      'Perfumer\'s Apprentice, Zebra, OHAUS, Agilent OpenLab, SensorPush, BarTender, Loftware NiceLabel, Bookwhen, '
      'FareHarbor, Checkfront, Acuity, Eventbrite, Ticket Tailor, Cal.com, Calendly, Adafruit IO, Particle, Blynk, '
      'Govee, Tuya, ThingSpeak, Losant, Arduino IoT Cloud, Judge.me) next to the commerce, messaging, AI, developer and '
      'ops services such developers use; and negatives from the same world (CAS and EC numbers of real aroma chemicals, '
      'UK VAT and EORI numbers, batch and PAO codes, order and tracking references, artwork digests and SRI hashes, shop '
      'password hashes, age recipients and minisign keys, public site ids, sample configs, masked keys, vault '
      'references, SOPS and SealedSecret blobs, handbook prose, failed-checksum fixtures of this corpus\'s own tokens, '
      'webhook signatures, device ids, genuine GC-MS peak tables, candle load and burn logs, staff darts and bowling '
      'scores, certificate and PGP fingerprints, formula worksheets).\n')
    a('Everything is produced by `build.py` and its modules (`common255.py`, `everyday255.py`, `vendor255.py`, '
      '`positional255.py`, `prose255.py`, `enc255.py`, `dec255.py`, `evasions255.py`, `negatives255.py`, `checks255.py`, '
      '`readme255.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds '
      '(25501 everyday values, 25511 everyday pairing, 25502 vendor values, 25512 vendor styles, 25503 positional, '
      '25504 prose, 25505 evasions, 25506 negatives), no clock, no network, no bytecode written. `python3 build.py '
      '[outdir]` generates everything twice in one process, compares the bytes of the three JSONL files and of this '
      'README, parses the JSONL back, runs every check and %d mutation tests and only then writes the files (on any '
      'failure it prints the errors, writes nothing and exits 1). `python3 build.py --freeze` re-extracts the deny-list '
      'from `/tmp/brief255/`.\n' % len(ctx['mutations']))

    # -------------------------------------------------------------- independence
    a('## Independence\n')
    a('The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the '
      'data. Exactly what was opened:\n')
    a('- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredfiftyfifth/`), created '
      'with `mkdir -p` in the same command that created the scratch directory. Its own files were written, read, '
      'edited (with `sed -i` and small Python edit scripts) and run; it was listed with `ls -la` after the final build '
      '(its own files and its `.` / `..` entries only). Its parent was never listed, opened or searched, nothing else '
      'under `/work/main` was opened, listed, grepped or searched, and git was never run there.\n'
      '- Project material: only the two READMEs in `/tmp/brief255/` (`README_twohundredfiftysecond.md`, p252, '
      'organic-box schemes / food co-ops / refill shops; `README_twohundredfiftythird.md`, p253, canal-boat hire / lock '
      'keepers / waterway trusts). The directory was listed once with `ls -la` and the files sized with `wc -c` and '
      '`wc -l`; they were read with `cat` (output capped with `head -c`), `sed -n` line ranges and `awk` line lengths, '
      'searched with `grep -ohE` for capitalised words ending like language names and `grep -n -i` for number-word '
      'languages, and parsed by a trial copy of the deny-list extraction in the scratch directory and by the build\'s '
      'own `common255.extract_denylist`. They were used only to learn the file format and what is already covered.\n'
      '- `/tmp`: no directory other than `/tmp/brief255/` and the scratch directory `/tmp/scratch255/` was looked at. '
      'The scratch directory holds an extracted copy of the public gitleaks rule file, an extracted copy of the public '
      'Kingfisher rule directory, the trial deny-list extraction and an encoder / decoder round-trip script.\n'
      '- Tooling: the search tool\'s notes (`/work/.library/search/README.md`, first 80 lines) were read to use the tool '
      'and `/work/.library/env/packages/` was listed once (`ls | head`); that is tooling, not project material. '
      '`python3 --version` was run once.\n'
      '- Public material, through the search tool\'s `fetch`: `gitleaks/gitleaks` and `mongodb/kingfisher`, each into '
      'its own mirror directory, read with `git show` (gitleaks `config/gitleaks.toml`) and `git archive` (Kingfisher '
      '`data/rules/`). Read for shape only: the list of gitleaks rule ids and the regexes of about 40 of its rules, the '
      'Kingfisher rule-file listing and the pattern lines of about 60 of its rule files. No credential value or example '
      'was copied; every value is generated. Betterleaks, CredSweeper and vendor documentation were not opened.\n')
    a('The deny-list (`common255.extract_denylist`) holds every backticked name and every snake_case identifier of both '
      'READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` '
      'prefix stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches a few non-language '
      'pairs, which only makes the list stricter) and the names and name words of those pairs (%d). It is frozen in '
      '`brief_names.json`; when `/tmp/brief255/` exists the build re-extracts it and fails if it differs (this build: '
      '%s). Ideas the READMEs name only in prose (their avoided, set-aside and spare lists) were avoided by hand and '
      'two hand lists in `common255.py` make part of that checkable: %d language codes and names (`HAND_LANGUAGES`: the '
      'set-aside, spare and number-word languages the READMEs name in prose, plus Serbian, Bosnian, Croatian and the '
      'Sorbian languages they name as neighbours) and %d encoding-idea tokens (`HAND_ENCODING_TOKENS`: every '
      'encoding family, notation and world disguise the READMEs use or avoid) that no encoding name may contain as a '
      'token. Novelty is checked against these two READMEs only; older corpora may share a vendor, a syntax, a language '
      'or an idea.\n' % (len(ctx['deny']['names']), len(ctx['deny']['syntaxes']), len(ctx['deny']['language_codes']),
                         len(ctx['deny']['language_names']), ctx['deny_status'], len(C.HAND_LANGUAGES),
                         len(C.HAND_ENCODING_TOKENS)))

    # -------------------------------------------------------------- files
    span_types = len({r['type'] for r in pos})
    kinds = len({r['container'] for r in pos})
    a('## Files and counts\n')
    a('| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|')
    a('| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in %d languages |'
      % (len(pos), len(pos), span_types, kinds, by_src['everyday'], by_src['vendor'], by_src['password'],
         by_src['prose'], by_src['prose']))
    a('| `evasions.jsonl` | %d | %d | %d | %d | %d encodings × 3 |' % (
        len(eva), len(eva), len({r['type'] for r in eva}), len({r['container'] for r in eva}), len(enc255.NAMES)))
    a('| `negatives.jsonl` | %d | – | – | %d | %d classes |' % (len(neg), len({r['container'] for r in neg}),
                                                                 len({r['class'] for r in neg})))
    a('| `README.md` | – | – | – | – | rendered by `build.py` |')
    a('| `brief_names.json` | – | – | – | – | frozen deny-list (`source`, `files`, `names`, `syntaxes`, `language_codes`, '
      '`language_names`) |\n')
    a('Schema: positives `id` (`p255-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with '
      'exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions '
      '(`p255-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` (one span '
      'with `value`, `start`, `end`, `type`, `plain` – the clean secret – and `encoding`), `source` (`evasion`). '
      'Negatives (`p255-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets '
      'with `text[start:end] == value`; UTF-8 JSON lines written with `ensure_ascii=False`.\n')
    a('**Scale.** Everyday 180 = 12 types × 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one '
      'record per type; %d more were written down and set aside: %s). Positional passwords %d (one record per syntax; '
      'by where the text lives: %s). Prose 40 in 40 languages (spares written down and unused: %s). Evasions %d = %d × 3. '
      'Negatives %d = %d classes × 2 base kinds × 5 presentations. Positives total %d (asked: 440–470). Strings drawn '
      'through the registry (values, vendor neighbours, evasion plains and runs): %d.\n'
      % (by_src['vendor'], len(VEN.SET_ASIDE), ', '.join('`%s`' % s for s in VEN.SET_ASIDE), by_src['password'],
         ', '.join('%s %d' % (k, v) for k, v in collections.Counter(s[1] for s in POS.SYNTAXES).most_common()),
         ', '.join('`%s` (%s)' % s for s in PR.SPARES), len(eva), len(enc255.NAMES), len(neg), len(NEG.CLASSES),
         len(pos), data['registry_size']))

    # -------------------------------------------------------------- conventions
    a('## Conventions\n')
    a('- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position '
      'or protocol element – never the quotes, the key or the flag (for `user:secret` pairs and URL userinfo only the '
      'part after the colon; for `send "secret\\r"`-like forms not the control sequence). Values pasted where they do '
      'not belong (a Discord export, a forum post, a daily note, an SMS backup, a calendar event, a vCard, captions, an '
      'Evernote note, an Etsy conversation, a Jira comment, a workbook, shell histories, a journald line, a Sentry '
      'breadcrumb, Discord DMs, a Keep note, password-manager exports) are labelled. Webhook URLs (Discord, Teams, '
      'Google Chat) and the Healthchecks ping URL are labelled whole, because the URL is the secret.\n'
      '- Owner-chosen passwords are a word of this world (%s …; %d in all, letters only, never a word used in a host or '
      'file name of the corpus; capitalised with probability 0.5) + one of `- _ . ! @ # +` + a tail people use (a year, '
      '2–4 digits, 2–3 letters and 2–3 digits, or 2 digits and 1–2 letters), sometimes with a trailing `!`; positional, '
      'prose and evasion passwords use only `- _ .` and no `!`. The build checks `%s` for the six everyday password '
      'types and the %d owner-chosen vendor passwords, and the strict `%s` for every positional value, every prose value '
      'and every organ-room evasion plain. Values are never escaped: each container declares the characters it could '
      'not hold literally (quotes, `$` where variables expand, `%%` in supervisord, `#;%%` in moonraker INI, `^~` in '
      'ZPL, `&<>"` in XML attributes, `,;\\` in iCalendar and vCard, …) and a value is redrawn without them.'
      % (', '.join(C.WORLD_WORDS[:28]), len(C.WORLD_WORDS), C.PASSWORD_RE.pattern, len(VEN.OWNER_TYPES),
         C.STRICT_PASSWORD_RE.pattern))
    a('- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no '
      'negative; no evasion plain appears in any text. Values, vendor neighbours, evasion plains and runs are drawn '
      'through one registry that refuses repeats, any string in a substring relation (6+ characters) with an earlier '
      'one, any non-v4 UUID and any invalid JWT. A negative is redrawn if it contains a registered string of 6+ '
      'characters, an evasion plain, a world word + joiner + tail with a digit (the password form, with alphanumeric '
      'boundaries), any JWT-shaped string or a non-v4 UUID, or repeats an earlier negative.\n'
      '- Structured values are valid and checked: `fvk_` keys end in `=` + the real CRC-24/OpenPGP (RFC 4880, init '
      'B704CE, poly 1864CFB; asserted on `123456789` → 21CF02) of their 40-character body as 4 Base64 characters, '
      '`mpt-` tokens in the real CRC-8/MAXIM (Dallas 1-Wire; asserted on `123456789` → A1) of their 24-character body, '
      '`stk_` keys carry the real ISO 6346 check digit of their 4 letters + 6 digits (asserted on CSQU305438 → 3), '
      'booking tokens are real HS512 JWTs, Django keys are 50 characters of Django\'s own alphabet, Fernet keys decode '
      'to exactly 32 bytes. These check algorithms are new against both READMEs (which used Fletcher-16, '
      'CRC-16/CCITT-FALSE, ISO 7064 MOD 37,36, Luhn mod 36, Adler-32, ISO 7064 MOD 11-2 and name Verhoeff, CRC-32, '
      'Bech32m and Ed25519 as earlier ones). Every UUID-shaped substring of every text is version 4 and every '
      'JWT-shaped substring has base64url JSON header and payload, a known `alg` and a signature length that fits it '
      '(HS256 32, HS512 64, ES256 64, RS256 256 bytes); negatives contain no JWT-shaped string. Negatives: CAS numbers '
      '(asserted on water 7732-18-5 and ethanol 64-17-5, and every listed aroma chemical), EC numbers, UK VAT numbers '
      'and age recipients (Bech32, asserted on BIP-173\'s `A12UEL5L`) carry real check values; digests are real digests '
      'of random bytes; phpass, bcrypt, pbkdf2, argon2, SOPS and SealedSecret bodies are random in frame.\n'
      '- Public neighbours are unlabelled: user names, hosts (`*.ambergrisash.example`, `*.lyeworks-soap.example`, '
      '`*.wickhollow.example`, `*.tinctureloop.example`, private addresses), key names and the public half written next '
      'to a vendor secret (%s), and the user half of a user / password pair.\n'
      '- Key names are the type\'s key words in the container\'s own case style: upper, snake, camel, pascal, '
      'hungarian (`s` + Pascal, CODESYS), dot, header (`X-…`), colonpascal (`Vendor:KeyName` of .NET user secrets), '
      'spaced (chats, notes, e-mails, captions) and title (the Evernote note, the workbook, password-manager titles). '
      'Vendor key names are the full type name in the style\'s case; the password-manager exports put the title-case '
      'words in the name / Title column, the neighbour (or `api`) in the user column and the secret in the password '
      'column.\n' % '; '.join('%s: %s' % (t, VEN.NEIGHBOUR[t][0]) for t in VEN.SPEC if VEN.NEIGHBOUR[t]))

    # -------------------------------------------------------------- categories
    a('## Categories (positives)\n')
    a('Everyday (12 types): ' + '; '.join('`%s` (%s)' % (t, EV.TYPE_DESC[t]) for t in EV.TYPE_NAMES) + '.\n')
    a('Container kinds (45, key style in brackets): ' + ', '.join(
        '`%s` (%s; %s)' % (k[0], k[1], k[2]) for k in EV.KINDS) + '. Pairing (seed 25511, quota-greedy): for each kind in '
      'order the four types with the most records still to place are taken (ties broken by a seeded shuffle), so every '
      'kind holds four different types and every type sits in exactly 15 records (checked); secrets therefore also land '
      'in implausible places (an HS512 JWT in a CODESYS constant, a Django key in an SMS backup).\n')
    a('Vendor (%d types, container `<type>__<style>`; shape – where the shape comes from: *read this session* in the '
      'public gitleaks or Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no published '
      'shape, so that the type is recognisable only from its key name, *owner-chosen* for portal and device passwords – '
      'the public neighbour if any, and the style):\n' % by_src['vendor'])
    for g, title in GROUP_TITLES:
        ts = [v for v in VEN.VENDORS if v[1] == g]
        a('*%s* (%d): ' % (title, len(ts)) + '; '.join(
            '`%s` (%s – %s%s – in `%s`)' % (t, VEN.spec_words(spec), src,
                                            (' – next to it: %s' % nb[0]) if nb else '', styles[t])
            for t, _, spec, src, nb, _ in ts) + '.\n')
    a('Vendor styles (%d; every type has a family – server-side, IoT, webhook, CI, owner-chosen password – and takes the '
      'least-used style of its family, ties broken by a seeded shuffle, seed 25512): ' % len(VEN.STYLES) + '; '.join(
        '`%s` (%s, %s, %d)' % (s[0], s[1], s[2], style_use[s[0]]) for s in VEN.STYLES) + '.\n')
    a('Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<syntax>__<where>` with where = %s): '
      % (len(POS.SYNTAXES), POS.PREFIX, ', '.join('%s `%s`' % kv for kv in POS.WHERE.items())) + '; '.join(
        '`%s%s` (%s, %s)' % (POS.PREFIX, s[0], s[1], s[2]) for s in POS.SYNTAXES) + '. None of them is among the '
      'syntaxes or names of either README (compared after removing the `%s` prefix; checked); no positional text '
      'contains `pass`, `pwd`, `secret` or a `pw` token in any case (checked), so tools and flags whose name says it '
      '(`--password`, `-pw`, `passwd`, `passphrase`, `.netrc` `password`, `chpasswd`, `htpasswd`, KeePass) were not '
      'used; field ids in UI scripts are the neutral `f1` / `f2`.\n' % POS.PREFIX)
    a('Prose: someone tells a colleague the password of the perfumery\'s dispatch and packing PC and asks them to keep '
      'it to themselves; span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. '
      'Spares written down and unused: %s. None of them or the spares is among the languages of either README or on the '
      'hand list (checked: code against the codes, all deny-listed names and the hand list; name and every name word '
      'against the language names and the hand list). Scripts: %s. Hebrew is right-to-left with the Latin value '
      'embedded; Basque, Tajik, Marathi, Gujarati, Malayalam and Burmese put a copula or particle after the value and Plateau '
      'Malagasy an adverb (after a space); Khmer and Lao write without spaces between words, so the value is set off by spaces '
      'on both sides by hand; every value is set off by whitespace on both sides (checked).\n'
      % (PR.SPAN_TYPE, ', '.join('`%s`' % f for f in PR.FORMATS), ', '.join('`%s` (%s)' % (l[0], l[1]) for l in PR.LANGS),
         ', '.join('`%s` (%s)' % s for s in PR.SPARES), ', '.join(sorted({l[2] for l in PR.LANGS}))))

    # -------------------------------------------------------------- evasions
    a('## Evasion encodings\n')
    a('; '.join('`%s` = "%s"' % (n, r.replace('"', "'")) for n, r in enc255.ENCODINGS) + '.\n')
    a('Families: linear algebra (`integer_matrix_determinants`; its own relatives `simultaneous_equation_pairs`, '
      '`linear_equation_solutions` and the shoelace areas); polynomial roots (`quadratic_root_pair_equations`); '
      'iteration length (`collatz_stopping_seeds`); game scoring – sums with multipliers (`darts_three_dart_visits`, '
      'own relative `rugby_union_match_totals`) and bonus rules (`ten_pin_bowling_lines`); elimination game '
      '(`josephus_counting_out_games`); letter-value sums (`scrabble_rack_tile_sums`); permutation statistic '
      '(`alphabet_inversion_counts`); metric geometry (`taxicab_distance_point_pairs`, own relative '
      '`hexagon_tile_axial_distances`; `lattice_triangle_shoelace_areas`); arithmetic over GF(2)[x] '
      '(`carryless_gf2_products`); graph theory (`triangle_road_shortest_routes`, own relative '
      '`shed_cable_spanning_trees`); chemistry, nominal masses (`gcms_nominal_mass_formulas`); world disguises of this '
      'trade by product and quotient (`candle_fragrance_load_lines`, `candle_burn_rate_quotients`); sequence '
      'extrapolation (`arithmetic_progression_next_terms`); magic squares (`magic_grid_missing_cells`).\n')
    a('Evasion types: ' + '; '.join('`%s` (%s)' % (t[0], t[2]) for t in EVA.TYPES) + '; wordings: ' + ', '.join(
        '`%s`' % w[0] for w in EVA.WORDINGS) + ' (container `<encoding>__<wording>`; encoding *i* and type *j* take '
      'wording (2*i* + *j*) mod 3, so each encoding appears once per type and once per wording). Each text states the '
      'rule in words, then `:` and a newline, then the run on its own line, then a remark (checked). Plains use '
      '`[A-Za-z0-9_.-]` (codes 45–122); a plain is redrawn if it would appear inside its own run, if the run equals it, '
      'has outer whitespace or a newline, or if the registry refuses plain or run.\n')
    a('Encoders are in `enc255.enc` (the rng adds only noise the decoder ignores: the matrix entries, equation '
      'coefficients, Collatz seeds, darts and bowling lines, wax loads, circle sizes, racks, shuffles, points, roads, '
      'formulas, burn rates, triangles, tiles, progression steps, grids, cable plans, tallies). The decoder'
      ' `dec255.decode` gets only the encoding name and the run, imports nothing from '
      'the encoder or `common255` (only `re`, `math` and `fractions`), retypes the Scrabble values and nominal masses, '
      'and computes every answer another way where it can: matrix determinants, the discriminant for the roots, '
      'elimination for the systems, a step counter for Collatz, a dart parser, a frame-by-frame bowling scorer, exact '
      'fractions for loads and burn rates, a list simulation of the counting-out game (the encoder uses the Josephus '
      'recurrence), an O(n²) inversion count (the encoder builds permutations from Lehmer codes), cube-coordinate hex '
      'distances (the encoder uses the axial formula), GF(2) long division, Prim\'s algorithm for the cable plans, a '
      'row-or-column sum for the magic grids. Every pair was round-tripped on 300 random `[A-Za-z0-9_.-]` plains of '
      'length 2–44 per encoding while writing (0 failures); at build time every span is decoded back to its `plain` '
      '(checked).\n')
    a('Avoided on purpose (named by an earlier README as an encoding or in its avoided lists): every encoding of both '
      'READMEs and every item of their avoided lists – base-N text encodings and all numeral bases, escapes, UTF-7 / '
      'UTF-16 / overlong UTF-8 tricks, dumps, Morse, Braille, spelling alphabets, number words, historic numerals, '
      'scripts and look-alikes, zero-width and combining characters, keycaps, Unicode names, HTML entities, code '
      'expressions, classical / keyword / book ciphers, XOR, reorderings, chaff, steganography by word length or '
      'capitals, the listed arithmetic disguises (powers, primes, squares, triangular numbers, π offsets, Cantor, '
      'Morton, residues, delta coding, continued fractions, gcds, combinadics, Ulam, look-and-say, reciprocals, '
      'midpoints), the listed bit disguises (Gray, BCD, Zeckendorf, factoradic, Elias gamma, 4B5B, Hamming, 8E1, bit '
      'runs, mirrored bytes), DNA, dice, cards, chess, hexagrams, colours, clock times, check-digit disguises, MIDI, '
      'acrostics, language games, edit replays, move-to-front, keyboard layouts, QR codes, every cipher, compressor, '
      'table lookup, calendar, unit conversion, serialisation and signalling encoding they used, and their world '
      'disguises. `HAND_ENCODING_TOKENS` makes part of this checkable on names. Close relatives remain and a scorer may '
      'count them as the same idea: the Scrabble sums, rugby tallies and nominal masses are weighted sums next to the '
      'earlier table lookups (element symbols, errno names); the Collatz seeds and the Josephus games are "compute '
      'something of the shown number" like the earlier sequence terms (Calkin-Wilf, Dyck ranks); the fragrance load and '
      'burn rate are world disguises like the earlier Fahrenheit and day-of-year ones (but a product and a quotient of '
      'two shown numbers, not a unit conversion, offset or calendar); the carry-less products use GF(2) arithmetic like '
      'the earlier AES S-box and CRC chain; the progression and magic-grid puzzles contain subtraction like the earlier '
      'world disguises. Determinants, roots, simultaneous and linear equations, darts, bowling, inversion counts, '
      'taxicab and hexagon distances, shoelace areas, shortest routes and spanning trees have no close relative in '
      'either README.\n')

    # -------------------------------------------------------------- negatives
    a('## Negative classes\n')
    a('| class | records | base kinds | what is in it |\n|---|---|---|---|')
    ncount = collections.Counter(r['class'] for r in neg)
    for cls, kinds_, desc in NEG.CLASSES:
        a('| `%s` | %d | %s | %s |' % (cls, ncount[cls], ', '.join('`%s`' % k.__name__ for k in kinds_), desc))
    a('\nEach base kind appears plain and wrapped ' + ', '.join('`%s`' % w[0] for w in NEG.WRAPPERS if w[0]) +
      ' (container `<base kind><wrapper>`); the wrappers add Discord, helpdesk, forum and hand-over e-mail context whose '
      'words say the content is safe to share, without adding a value.\n')

    # -------------------------------------------------------------- checks
    a('## Checks run by build.py\n')
    a('- Deny-list: `brief_names.json` is loaded; if `/tmp/brief255/` exists it is re-extracted and must be identical '
      '(%s). Every container kind (positives, evasions and negatives, as a whole and split at `__`), span type, '
      'encoding (also against the hand tokens), negative class, negative base kind and wrapper, vendor style, where '
      'label, prose format and evasion wording is compared lower-cased against the names; every positional syntax with '
      '`%s` stripped against the earlier syntaxes and all names; every prose language code (and spare) against the '
      'codes, all names and the hand list, its name and name words against the language names and the hand list.\n'
      '- Ids `p255-s-NNNN`, `p255-e-NNNN`, `p255-n-NNNN`, consecutive; exact record and span field sets (in order); '
      'exactly one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs '
      'exactly once in its text and has no outer whitespace; evasion spans carry `plain` and an `encoding` equal to the '
      'record\'s; no placement marker left in any text; sources as specified.\n'
      '- Counts: everyday 180 (45 kinds × 4 different types, 12 types × 15), vendor 110–130 distinct types with '
      'containers `<type>__<style>`, positional 100–120 distinct syntaxes, prose 40 in 40 languages, positives 440–470, '
      'evasions 66 = 22 encodings × 3 (once per type, each wording once per encoding), negatives ≥ 200 in ≥ 20 classes '
      'with ≥ 10 each, no repeated negative text, span types of the sources pairwise disjoint and disjoint from the '
      'evasion types.\n'
      '- Shapes: everyday values by type (password regex, CRC-24 tail, CRC-8 tail, ISO 6346 digit, HS512 JWT, Django '
      'alphabet and length, Fernet byte count); vendor values against the regex built from each spec or the validator '
      'of the special frame (JWT alg and signature length, Base64 byte counts, Bech32 checksum of the age key, UUID '
      'versions, webhook URL layouts); owner-chosen vendor passwords by the password regex; positional and prose values '
      'in the strict password form; no `pass` / `pwd` / `secret` / `pw` in positional texts; prose values set off by '
      'whitespace; evasion plains by type; evasion layout (rule, `:` newline, run line, remark) and container '
      '`<encoding>__<wording>`.\n'
      '- Container syntax: every JSON container (Homebridge, notebook cell, journald line, Sentry breadcrumb, Discord '
      'export, Insomnia, VS Code settings, Secrets Manager output with its inner SecretString, Keep note, and the JSON '
      'negatives) parses with `json`, every TOML container (Streamlit secrets, Telegraf, tfvars) with `tomllib`, every '
      'XML container (SMS backup, Evernote export, shared strings, Keyboard Maestro action) with `xml.etree`, and every '
      'PHP serialize() string has correct byte lengths and item counts, all with the value in place.\n'
      '- Every evasion run decodes with `dec255.decode` to its `plain`, and the run never contains its plain.\n'
      '- No value is reused; none appears in any other record or in any negative; no evasion plain appears in any text; '
      'no negative contains a password form or a JWT-shaped string; every UUID-shaped substring of every text is '
      'version 4; every JWT-shaped substring of every text is a valid JWT.\n'
      '- Determinism: everything is generated twice in one process; the three JSONL files and this README must be '
      'byte-identical, and the JSONL bytes must parse back to the same records.\n'
      '- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: '
      '%d/%d): %s. Clean run errors: %d.\n'
      % (ctx['deny_status'], POS.PREFIX, len(ctx['mutations']), sum(1 for _, c in ctx['mutations'] if c),
         len(ctx['mutations']), ', '.join('`%s` (%s)' % (n, 'caught' if c else 'NOT caught') for n, c in ctx['mutations']),
         ctx['errors']))

    # -------------------------------------------------------------- shapes
    a('## Shapes you had to guess\n')
    groups = collections.OrderedDict([('gitleaks', []), ('kingfisher', []), ('believed', []), ('guessed', []),
                                      ('owner', [])])
    for t, _, spec, src, nb, _ in VEN.VENDORS:
        groups.setdefault(_src_class(src), []).append((t, spec, src))
    a('*Read this session* in the public gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`); '
      'where a rule gives only a prefix, a case-insensitive class or a length range, the exact length and case are mine '
      '(%d): ' % len(groups['gitleaks']) + '; '.join('`%s` (%s)' % (t, VEN.spec_words(s)) for t, s, _ in groups['gitleaks']) + '.\n')
    a('*Read this session* in the public Kingfisher rule files (`mongodb/kingfisher`, `data/rules/*.yml`); the same '
      'caveat (%d): ' % len(groups['kingfisher']) + '; '.join('`%s` (%s%s)' % (t, VEN.spec_words(s), '' if src.endswith(
          'rule)') else ' – ' + src.split('rule)', 1)[-1].strip(' ();')) for t, s, src in groups['kingfisher']) + '.\n')
    a('*Believed from memory* of public rule sets and vendor documentation, not re-checked this session (%d): '
      % len(groups['believed']) + '; '.join('`%s` (%s)' % (t, VEN.spec_words(s)) for t, s, _ in groups['believed']) + '.\n')
    a('*Guessed* (length and alphabet only; the builder knows no published format, so these are recognisable from the '
      'key name only) (%d): ' % len(groups['guessed']) + '; '.join(
          '`%s` (%s)' % (t, VEN.spec_words(s)) for t, s, _ in groups['guessed']) + '.\n')
    a('*Owner-chosen passwords* (%d): ' % len(groups['owner']) + ', '.join('`%s`' % t for t, _, _ in groups['owner']) + '.\n')
    a('Also invented or guessed: the everyday layouts `fvk_` (CRC-24), `mpt-` (CRC-8/MAXIM) and `stk_` (ISO 6346) and '
      'the evasion prefixes `wms_` / `fva-` are invented; the HS512 JWT, the Django `SECRET_KEY` and the Fernet key are '
      'real formats used for invented purposes. The stations S-expression file and the cure-rack YAML flow rows are '
      'invented formats of this world. Partly known vendor shapes: the exact lengths inside ranges (`rk_live_` + 99, '
      '`hvs.` + 95, `pypi-…` + 150, `tfp_` + 59, `EAAA` + 60), the WhatsApp `EAAG` head and length, the Calendly ES256 '
      'header (`kid`, `typ: PAT`), the Printify and Zettle RS256 payloads, the Wix `IST.` key as a JWT, the Losant and '
      'Supabase payloads, the Etsy refresh-token id length, the PayPal `E…` / `A…` 80-character pair, the Backblaze '
      '`K005` head, the Omnisend 24 + 50 split of the 75-character rule, the Pushbullet `o.` prefix, the Google Chat '
      'webhook key/token lengths, the eBay cert-id groups. Syntaxes written from memory and not re-checked against '
      'manuals: `rar -hp`, `openssl enc -k`, `wpa_cli set_network psk`, `isql` positional order, `az login -p`, `signtool '
      '/p`, `security unlock-keychain -p`, `bw login email password`, `mc alias set`, `winrs -p:`, WinSCP `open` URL, '
      '`lynx -auth`, `mkstore -createCredential`, `oc login -p`, `pio account login -p`, `nextcloudcmd -p`, `sendxmpp '
      '-p`, `ntfy publish -u`, `emqx ctl admins add`, `doveadm auth test`; `kinit`, `zfs load-key`, `cryptsetup '
      '--key-file=-`, `veracrypt --stdin`, `keyctl padd` and the `argon2` CLI reading stdin; the argument orders of '
      '`MySQLdb.connect`, exchangelib `Credentials`, `msoffcrypto load_key`, python-jenkins, Odoo `execute_kw`, '
      '`express-basic-auth` users, `MongoCredential.createCredential`, SMBJ `AuthenticationContext`, SSH.NET '
      '`SftpClient`, MailKit `Authenticate`, `gomail.NewDialer`, lettre `Credentials::new`, `Net::SMTP.start` (fifth), '
      '`PG.connect` (seventh), `Zip::TraditionalEncrypter`, `imap_open`, `openssl_pkcs12_read`, `Net::SMTP->auth`, '
      'LuaSQL `connect`, Slick `forURL`, Groovy `Sql.newInstance`, RODBC `odbcConnect`, MATLAB `database`, LibreOffice '
      '`getConnection`, SQLCipher `SupportFactory`, Qt `QSqlDatabase::open(user, password)`, Delphi `TADOConnection.Open`, '
      'Apps Script `Jdbc.getConnection`; the Robocorp, UiPath, SikuliX, Keyboard Maestro, UFT and Ranorex forms; the '
      '3proxy `CL:` users line, vsftpd virtual-user list, OpenVPN auth file, motion `stream_authentication`, Cisco '
      '`snmp-server community`; `UTL_SMTP.AUTH`, `mysql.rds_set_external_master`, ClickHouse `mysql()` table function '
      'argument order, Redis `ACL SETUSER >…`, MySQL Shell `\\connect`; the CouchDB admins PUT, ESP-AT `AT+CWJAP`, IRC '
      '`JOIN` key, SHOUTcast v1 source handshake and TeamSpeak ServerQuery `login`. Negatives: the phpass / `$wp$2y$` / '
      'argon2 / SOPS / SealedSecret bodies are random in frame; Evri, DPD and Royal Mail tracking numbers, Tuya and '
      'Shelly ids, GA4, pixel and Klaviyo ids follow the look of real ones without a check.\n')

    # -------------------------------------------------------------- judgement calls
    a('## Judgement calls\n')
    a('- Everyday: six owner-chosen passwords (organ-room formula PC, cure-room controller, melt-tank HMI, GC-MS '
      'workstation, class-booking back office, CLP label station) and six generated secrets (`fvk_` CRC-24 key, `mpt-` '
      'CRC-8 token, `stk_` ISO 6346 key, HS512 booking-widget JWT, Django `SECRET_KEY`, Fernet key). The Django key and '
      'the Fernet key have no vendor prefix, so only the key name and the shape tell them from noise; the Fernet key is '
      'the same shape as any base64url of 32 bytes, and the `stk_` head looks like a shipping-container number (a '
      'deliberate trap). Key names in everyday files say password / key / token / jwt – that is how such files look; '
      'the key-name-free cases are in the positional source.\n'
      '- Vendor: about a fifth of the types (most trade vendors: Faire, Ankorstore, NOTHS, Katana, Unleashed, BarTender, '
      'Bookwhen, Checkfront, Judge.me, Zettle, Royal Mail Click & Drop, Sendcloud, FreeAgent, TikTok Shop, ClickSend, '
      'Yotpo, Gorgias, Arduino IoT Cloud, Bunny) have guessed shapes and are recognisable only from the key name (part of '
      'the test). %d vendor types carry owner-chosen passwords (Craftybase, Coptis, SCPN One Login, EU Login for CPNP, '
      'Pell Wall, The Soap Kitchen, Candle Shack, Perfumer\'s Apprentice, a Zebra printer, an OHAUS balance, Agilent '
      'OpenLab, SensorPush). Same-shape traps: the Etsy shared secret (10 characters) next to its public keystring; the '
      'Square `sq0idp-` application id next to the `EAAA` token and again as a public id in the negatives; UUIDv4 '
      'secrets (Katana, Cin7, FareHarbor, Govee, Royal Mail, Scaleway, ClickSend upper-case) against UUIDv4 webhook ids '
      'and Crisp website ids in the negatives; hex secrets against SHA-256 sums, certificate and PGP fingerprints; the '
      'age secret key against the age recipients (public) of the negatives; Base64 secrets against SRI hashes and '
      'webhook HMACs. Ids next to a secret stay unlabelled as the public half of a pair – including the WooCommerce '
      '`ck_` key, the PayPal client id, the Amazon LWA client id, the Scaleway `SCW` access key, the Spaces `DO00` key '
      'and the Tuya access id (a scorer may count some of these as sensitive).\n'
      '- Passwords: labelled when the value logs in (RDP, IPMI, WinRM, SQL Server, ODBC, Azure, OpenShift, PlatformIO, '
      'Nextcloud, XMPP, ntfy, Dovecot, lynx, WinSCP, RTSP, MongoDB, MinIO, library calls in Python, Node, Java, C#, Go, '
      'Rust, Ruby, PHP, Perl, Lua, Scala, Groovy, R, MATLAB, LibreOffice Basic, Arduino, Kotlin, C++/Qt, Delphi and '
      'Apps Script; IMAP `LOGIN`, TeamSpeak `login`, SHOUTcast, IRC channel keys), creates or sets an account or key '
      '(`emqx ctl admins add`, `mkstore -createCredential`, `ssh-keygen -N`, Redis `ACL SETUSER`, pgcrypto `crypt`, '
      'CouchDB admins, `mysql.rds_set_external_master`), unlocks or encrypts (7z, rar, openssl, signtool, keychain, '
      'Bitwarden, sudo, kinit, ZFS, LUKS, VeraCrypt, keyctl, argon2, PBKDF2, scrypt, PDF and Office decryption, PKCS#12, '
      'KeyStore, SQLCipher, rubyzip), sits in a file by position (OpenVPN, vsftpd, proxychains, 3proxy, git-credentials, '
      'crontab, Cisco community, motion, pip.conf, two invented files) or is typed by automation (screen, tmux, '
      'AppleScript, AutoHotkey, cliclick, Robocorp, UiPath, SikuliX, Espresso, XCUITest, TestCafe, pynput, robotjs, '
      'Keyboard Maestro, WSH SendKeys, UFT, Ranorex). Weakest kept cases, with a hint nearby: the `wpa_cli ... psk` line '
      '(pre-shared key), the Cisco SNMP community and the IRC channel key (shared secrets rather than personal '
      'passwords), `base64` of `user:…` (the value is about to become a Basic header), `crypt()`, `pbkdf2_hmac`, '
      '`scryptSync` and the argon2 CLI (the value is about to be hashed or stretched). Closest relatives of earlier '
      'syntaxes, kept because the tool, library or mechanism differs: the `-u`/`-p` pairs of new tools (az, oc, pio, '
      'nextcloudcmd, sqlcmd, ipmitool) next to the earlier mosquitto, influx and twine pairs; URL userinfo in ffmpeg, '
      'WinSCP, mongodump, mongoose, MySQL Shell, git-credentials and pip.conf next to the earlier restic, CVS and amqplib '
      'URLs; colon pairs (ntfy, lynx, motion, 3proxy) next to the earlier httpie, check_http and squid pairs; stdin '
      'pipes of new tools next to the earlier op, fscrypt and clevis pipes; typing automation of new tools next to the '
      'earlier xdotool, wtype and Hammerspoon forms; the IMAP `LOGIN`, TeamSpeak and SHOUTcast exchanges next to the '
      'earlier IRC, Tor and FreeSWITCH exchanges; the `requests` auth tuple next to the basic-auth helpers an earlier '
      'README set aside as too close to an OkHttp form (neither README here uses `requests`). Left out: `smbget -U user%%pass` and `rpcclient` '
      '(Samba relatives of the avoided smbclient), `pdftk input_pw`, `plink -pw`, `cmdkey /pass:` and every flag or tool '
      'that says pass / pwd / secret.\n'
      '- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence fair for '
      'Hungarian, Estonian, Lithuanian, Icelandic, Galician, Modern Greek, Hebrew, Indonesian, Swahili, Haitian Creole; '
      'modest for Irish, Scottish Gaelic, Breton, Basque, Luxembourgish, Western Frisian, Faroese, Tatar, Bashkir, '
      'Turkmen, Northern Uzbek, Tajik, Halh Mongolian, Marathi, Gujarati, Zulu, Xhosa, Maori; low for Kannada, '
      'Malayalam, Tamil, Sinhala, Khmer, Lao, Burmese, Cebuano, Hausa, Yoruba, Kinyarwanda, Plateau Malagasy '
      '(orthography, loans, tone marks and word order unchecked). Loan words (password, pasvord, parol forms) are kept '
      'as people use them. `uzn` is Northern Uzbek, `khk` Halh Mongolian, `plt` Plateau Malagasy, `swh` Swahili '
      '(individual language), `fry` Western Frisian, `ell` Modern Greek. The Kannada and Malayalam sentences contain a '
      'zero-width non-joiner inside a loan word, as typing produces; it is not next to the value.\n'
      '- Evasions: every run is a puzzle a patient human can solve with the stated rule and pencil or a calculator; the '
      'rules are long because they must be self-contained. Runs look like homework, game scores or lab notes and have '
      'genuine twins in the negatives (`gcms_peak_tables_genuine`, `candle_load_and_burn_test_logs`, '
      '`staff_social_league_scores`), so a detector that flags them is flagging the look, not the content; the '
      'carry-less products look like hex noise and an entropy detector may flag them (arguably right). The nominal-mass '
      'formula for `1` (code 49) cannot be a saturated molecule, so the encoder allows a hydrogen-rich formula there.\n'
      '- Negatives: CAS, EC and UK VAT numbers carry real check digits; the aroma chemicals are real and public; digests, '
      'fingerprints and HMACs are high-entropy on purpose; age recipients and minisign keys are public keys; GA4, pixel, '
      'Klaviyo, Crisp and Square ids are public by design; `put your unique phrase here` is WordPress\'s own sample '
      'text and the `.env.dist` uses this corpus\'s key names with empty / placeholder values (a trap for key-name-only '
      'detectors); vendor documentation examples carry only YOUR_API_TOKEN, `<your key here>` and `xxxx` placeholders; masked hints keep at most four characters; `${VAR}`, `{{ secrets.X }}`, `op://`, ARNs and compose '
      '`_FILE` mounts are pointers; SOPS and SealedSecret values are ciphertexts; password hashes sit in password '
      'columns (a trap). The *own_token_checksum_failures* class is the most arguable: it carries this corpus\'s own '
      '`fvk_`, `mpt-` and `stk_` shapes with a deliberately wrong CRC-24, CRC-8 or ISO 6346 check inside tests and reject '
      'logs – no key with a wrong check can be in use, but a shape-only detector will flag them.\n'
      % len(VEN.OWNER_TYPES))

    # -------------------------------------------------------------- sources
    a('## Sources consulted\n')
    a('- The two READMEs in `/tmp/brief255/` (p252 and p253), for format and coverage only. The detector was not '
      'opened, listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no '
      'other `/tmp` directory except `/tmp/scratch255/` was looked at.\n'
      '- External, read for shape only (nothing copied; every credential-looking value is generated): the public '
      'gitleaks default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`) and the public Kingfisher rule files '
      '(`mongodb/kingfisher`, `data/rules/`), each brought in with the search tool\'s `fetch` and extracted into '
      '`/tmp/scratch255/`, for the vendor types marked *read* above. Betterleaks, CredSweeper and vendor documentation '
      'were not opened this session; the remaining shapes come from the builder\'s memory and are marked as believed or '
      'guessed. Published test vectors used in asserts (all from memory): CRC-24/OpenPGP and CRC-8/MAXIM of `123456789`, '
      'the ISO 6346 example CSQU 305438 3, BIP-173\'s Bech32 vector, the CAS numbers of water and ethanol; the CAS and EC '
      'numbers of the listed aroma chemicals are recalled from public safety data sheets and verified only by their '
      'check digits.\n'
      '- Python\'s standard library (`hashlib`, `hmac`, `base64`, `json`, `re`, `fractions`, `math`, `tomllib`, '
      '`xml.etree`) computes digests, HMACs and encodings and parses the containers; CRC-24, CRC-8, ISO 6346, Bech32, '
      'CAS, EC and UK VAT checks, every encoder and every decoder are written by hand.\n')
    return '\n'.join(L)
