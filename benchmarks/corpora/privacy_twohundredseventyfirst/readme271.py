"""Renders README.md from the modules and the generated data."""
from collections import Counter

import enc271
import everyday271 as E
import evasions271 as EV
import negatives271 as N
import positional271 as P
import prose271 as PR
import vendor271 as V
import world271 as W


def _bt(xs):
    return ', '.join('`%s`' % x for x in xs)


def render(data, ctx, info):
    S, EVR, NG = data['secrets'], data['evasions'], data['negatives']
    by = Counter(r['source'] for r in S)
    out = []
    a = out.append
    a('# privacy_twohundredseventyfirst (p271) \u2013 held-out credential corpus\n')
    a('Synthetic, independently built evaluation data for a credential / secret detector ("privacy filter"), focused on '
      '**tea blenders, tea rooms and herbal apothecaries** and the developers and staff who build and run their software. '
      'The world: ' + '; '.join('*%s* (`%s`: %s)' % (v[0], v[1], v[2]) for v in W.FIRMS.values()) + '. People: ' +
      ', '.join(W.PEOPLE) + '. Private hosts sit in 10.62.0.0/16 and 192.168.62.0/24; every other host is under `.example`; '
      'gardens, vessels, companies and portals are invented or renamed (real vendor and body names appear where a key or '
      'portal of theirs is the subject). Secrets sit where this trade puts them: the blending hall and tea-room devices (a TIA '
      'Portal SCL data block on the blending drum, Node-RED on the dosing gateway, ESPHome and Tasmota Berry in the leaf store, '
      'MicroPython on the tasting kettles, a minicom capture of the sample scale, a MikroTik export, a kitchen-display autostart '
      'entry, a Rockwell L5X tag export of the tin line, a DYMO label file, a Shelly script on the cake cabinet, a kiosk '
      'unattend.xml), back offices (Laravel, WordPress / WooCommerce, Magento, Rails credentials, Spring Boot, pydantic-settings, '
      'Elixir runtime.exs, Flutter dart-define, an Android build.gradle.kts, Next.js, Tomcat context.xml, ERPNext), ops (Nomad, '
      'compose overrides, a ConfigMap, Railway, Hiera, `docker history`, HAProxy, Apache SetEnv) and the messy places (JetBrains '
      'HTTP Client and Bruno environments, a Makefile, bash history, cypress.env.json, a Sheets CSV, Teams, Google Keep, a '
      'pptx slide, a vCard, an SMS backup, a Telegram export, a scanned tasting ledger); the vendors are the trade\'s own '
      '(UK Tea & Infusions Association, the Tea Guild awards, Ethical Tea Partnership, Rainforest Alliance, Soil Association, '
      'FLOCERT, NIMH, MHRA, the Mombasa auction, herb wholesalers, Bravilor, Marco, Rational, Winterhalter, UniFi, Reolink, '
      'Brother, SumUp, Dojo, Epos Now, Lightspeed, ResDiary, SevenRooms, Deliveroo, Uber Eats, Ticket Tailor, Eventbrite, '
      'Cal.com) next to the shop, payment, shipping, marketing, messaging, AI, developer, cloud and device platforms such '
      'developers use; the negatives come from the same world (IMO numbers on tea shipments, SEDOLs, Intel HEX firmware, '
      'RIPEMD-160 and git digests, phpass and scrypt hashes, the booking signer\'s JWKS and WireGuard keys, publishable keys, '
      'sample configs, masked keys, secret pointers, vault ciphertexts, docs, handbook prose, failing look-alikes of this '
      'corpus\'s own layouts, auction lots, tincture batch records, genuine puzzle answers, booking UUIDs, card receipts and PNG '
      'data URIs).\n')
    a('Everything is produced by `build.py` and its modules (`common271.py`, `world271.py`, `everyday271.py`, `vendor271.py`, '
      '`positional271.py`, `prose271.py`, `enc271.py`, `dec271.py`, `evasions271.py`, `negatives271.py`, `checks271.py`, '
      '`readme271.py`, frozen deny-list `brief_names.json`): Python 3 standard library only, fixed `random.Random` seeds '
      '(27101 everyday values, 27171 the RSA signing key and its kid, 27111 everyday pairing, 27121 everyday surroundings, '
      '27102 vendor, 27122 the Home Assistant HMAC key, 27103 positional, 27104 prose, 27105 evasions, 27106 negatives, '
      '27151-27168 the encoders\' example tables), no clock, no network, no bytecode written. `python3 build.py [outdir]` '
      'runs the self-test of the hand-written algorithms, generates everything twice in one process and compares the bytes of '
      'the three JSONL files, parses them back, runs every check and %d mutation tests, renders this README twice and compares '
      'it, and only then writes the files (on any failure it prints the errors, writes nothing and exits 1). '
      '`python3 build.py --freeze` re-extracts the deny-list from `/tmp/brief271/`.\n' % len(info['mutations']))
    a('## Independence\n')
    a('The builder never saw the detector, its code, its rules or its outputs, and ran no detector or scanner on the data. '
      'Exactly what was opened:\n')
    a('- Under `/work/main`: only this output directory (`benchmarks/corpora/privacy_twohundredseventyfirst/`), created with '
      '`mkdir -p` in the same command that created the scratch directory. Its files were created with the file editor (and '
      '`readme271.py` first as a two-line stub through a shell here-document), edited with small Python `str.replace` scripts '
      'and a few `sed -i` one-line renames, searched with `grep -n` / `grep -c` in its own modules, imported and run with `python3 -B` '
      '(one-off trial imports, `python3 build.py --freeze`, trial builds written to `/tmp/scratch271/trial`, a script that '
      'printed the first error of each mutation test, the final `python3 build.py`), listed with `ls -la` after the last '
      'build and read back once by a small Python script that re-checks the written JSONL offsets and counts. The parent directory was never listed, opened or searched, nothing else under `/work/main` was opened, listed, '
      'grepped or searched, and git was never run there.')
    a('- Project material: only the two READMEs in `/tmp/brief271/` (`README_twohundredsixtysixth.md`, p266, lighthouse '
      'keepers / lightship museums / coastal-signal restorers; `README_twohundredsixtyeighth.md`, p268, tanneries / curriers / '
      'parchment makers). The directory was listed once with `ls -la`, the files sized with `wc -c`, read with `cat` and '
      '`sed -n` line ranges (some piped through `cut -c`), measured with `awk` line-length listings, searched with one `grep -o` '
      'listing of `` `code` (Name) `` pairs, one `grep -oi` count of a dozen language names, a few context greps for words that '
      'collided with planned encoding names (ring, walks, split, label, circular, spread) and a `grep -ohiw` loop over 18 such '
      'words, read by small Python one-offs (syntax-token listing, encoding-name collisions) and parsed by '
      '`common271.extract_denylist`. They were used only to learn the file format and what is already covered.')
    a('- `/tmp`: besides `/tmp/brief271/` and the scratch directory `/tmp/scratch271/`, the only thing touched was the shell '
      'tool\'s own job directory of one of the builder\'s commands (its `pid` file, read to stop that runaway encoder test with '
      '`kill -- -PID`). The scratch directory holds the extracted gitleaks rule file, the extracted Kingfisher rule directory, '
      'a small rule-printing filter, encoder timing and round-trip scripts and their output, a mutation-reason script and trial builds.')
    a('- Tooling: `python3 --version`; `/work/.library/` (its env lists and the search notes) was not opened, no package was '
      'installed and no registry was queried.')
    a('- Public material, through the search tool\'s `fetch` only (no search, find or read look-ups): `gitleaks/gitleaks` '
      '(commit `b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`; `config/gitleaks.toml` extracted with `git show`; the ids of all '
      '222 rules printed, and the regexes of about 85 rules whose ids matched a keyword list, by a `tomllib` filter) and '
      '`mongodb/kingfisher` (commit `ee7c0db3ef87575768f817820c24736249ffcdef`; `data/rules/` extracted with `git archive`; '
      'the file list and the name and pattern blocks of about 60 rule files printed by a small Python filter, after a first `grep` attempt on 26 of them). `git log -1` '
      'was run in those two mirrors only. Read for shape only: no credential value or rule example was copied; every value is '
      'generated. Betterleaks, CredSweeper and vendor documentation were not opened.\n')
    deny = info['deny']
    a('The deny-list (`common271.extract_denylist`) holds every backticked name and every snake_case identifier of both '
      'READMEs, lower-cased, also split at `__` (%d names), the earlier positional syntaxes with their `<letters>pw_` prefix '
      'stripped (%d), the codes of every `` `code` (Name) `` pair (%d; the pattern also catches `code` (Name) and a `net` '
      'note, which only makes it stricter), the names and name words of those pairs (%d) and the words of the paragraphs that '
      'name encodings, their families, the avoided and set-aside ideas and their relatives (%d idea words). It is frozen in '
      '`brief_names.json`; when `/tmp/brief271/` exists the build re-extracts it and fails if it differs (this build: %s). '
      'Ideas the READMEs name only in prose were avoided by hand, and three hand lists make that checkable: '
      '`checks271.PROSE_TOOL_TOKENS` (%d tools, libraries and mechanisms named in the left-out lists and relatives, plus the '
      'tokens the READMEs renamed away) joins the tokens of the earlier syntaxes minus `checks271.GENERIC_SYNTAX_TOKENS` (%d '
      'position, flag, verb and language words) as the tokens no syntax name may contain; every encoding name must avoid '
      'every idea word; and `prose271.HAND_LANGUAGES` (English, Catalan, Latin, Chinese, Irish, Persian and their codes) '
      'joins the language check. Planning and the first builds against these lists renamed the syntaxes '
      '`csharp_network_credential_ctor_second`, `python_pika_plain_credentials_second`, `mysql_sha2_insert_first_argument`, '
      '`irc_oper_command_second_parameter`, `linked_server_login_procedure_fifth`, `zookeeper_addauth_digest_colon_pair`, '
      '`mercurial_clone_url_userinfo`, `transmission_remote_lower_n_colon_pair`, `threeproxy_users_cleartext_colon`, '
      '`lighttpd_plain_userfile_colon`, `simcom_at_cstt_third_parameter`, `vba_adodb_connection_open_third`, '
      '`xfreerdp_slash_p_colon`, `mpc_host_option_value_before_at`, `tinyproxy_basicauth_third_token` and '
      '`sha2_digest_insert_first_argument`, and the encodings named with the idea words tallies, score, walks, split, label, '
      'circular, column, ring, hand, overs, sequence, weight, stall, guessing, deciding, sheet, last, day, first, line, spread, '
      'file and sizes. Novelty is checked against these two READMEs only; older corpora may share a vendor, a syntax, a '
      'language or an idea.\n' % (
          len(deny['names']), len(deny['syntaxes']), len(deny['language_codes']), len(deny['language_names']),
          len(deny['idea_words']), info['deny_note'], len(__import__('checks271').PROSE_TOOL_TOKENS),
          len(__import__('checks271').GENERIC_SYNTAX_TOKENS)))
    # ------------------------------------------------------------ files and counts
    a('## Files and counts\n')
    a('| file | records | spans | span types | container kinds | notes |\n|---|---|---|---|---|---|')
    a('| `secrets.jsonl` | %d | %d | %d | %d | everyday %d, vendor %d, positional-password %d, prose %d in 40 languages |' % (
        len(S), len(S), len({r['type'] for r in S}), len({r['container'] for r in S}), by['everyday'], by['vendor'],
        by['password'], by['prose']))
    a('| `evasions.jsonl` | %d | %d | %d | %d | 22 encodings x 3 types |' % (
        len(EVR), len(EVR), len({r['type'] for r in EVR}), len({r['container'] for r in EVR})))
    a('| `negatives.jsonl` | %d | \u2013 | \u2013 | %d | %d classes |' % (len(NG), len({r['container'] for r in NG}), len({r['class'] for r in NG})))
    a('| `README.md` | \u2013 | \u2013 | \u2013 | \u2013 | rendered by `build.py` |')
    a('| `brief_names.json` | \u2013 | \u2013 | \u2013 | \u2013 | frozen deny-list (`source`, `files`, `names`, `syntaxes`, `language_codes`, `language_names`, `idea_words`) |\n')
    a('Schema: positives `id` (`p271-s-NNNN`), `type` (= type of its span), `container`, `text`, `secrets` (a list with '
      'exactly one span: `value`, `start`, `end`, `type`), `source` (`everyday`, `vendor`, `password`, `prose`). Evasions '
      '(`p271-e-NNNN`): `id`, `type`, `container` (`<encoding>__<wording>`), `encoding`, `text`, `secrets` (one span with '
      '`value`, `start`, `end`, `type`, `plain` \u2013 the clean secret \u2013 and `encoding`), `source` (`evasion`). Negatives '
      '(`p271-n-NNNN`): `id`, `class`, `container`, `text`, `source` (`negative`). Python code-point offsets with '
      '`text[start:end] == value`; UTF-8 JSON lines written with `ensure_ascii=False`.\n')
    where = Counter(s[1] for s in P.S)
    a('**Scale.** Everyday 180 = 12 types x 45 kinds, 4 records per kind (each type in 15 records). Vendor %d (one record '
      'per type). Positional passwords %d (one record per syntax; by where the text lives: %s). Prose 40 in 40 languages '
      '(spares written down and unused: %s). Evasions 66 = 22 x 3. Negatives %d = %d classes x 11 records (two base kinds '
      'alternating over four presentations). Positives total %d (asked: 440\u2013470). Strings drawn through the registry '
      '(values, generated vendor neighbours, evasion plains and runs): %d.\n' % (
          by['vendor'], by['password'], ', '.join('%s %d' % kv for kv in where.most_common()),
          ', '.join('`%s` (%s)' % s for s in PR.SPARES), len(NG), len(N.CLASSES), len(S), len(ctx['registered'])))
    # ------------------------------------------------------------ conventions
    a('## Conventions\n')
    a('- A span covers only the credential: the value after a key, attribute, flag, argument, column, field, position or '
      'protocol element \u2013 never the quotes, the key or the flag. For `user:value` pairs and URL user-info (etcd, ZooKeeper '
      '`addauth`, Transmission `-n`, Mercurial, CVS pserver, govc, HTTPie `-a`, Jenkins CLI `-auth`, 3proxy, lighttpd, '
      '`btoa`) only the part after the colon and before any `@`; for `mpc -h VALUE@host` only what precedes the `@`; for '
      '`/p:` only what follows the colon; for the X12 ISA segment and the fixed-width staff import only the value, not its '
      'space padding. Values pasted where they do not belong (a minicom capture, a DYMO label, a kitchen-display autostart '
      'line, `docker history`, a Sheets CSV, Teams, Google Keep, a slide, a vCard, an SMS backup, a Telegram export, a scanned '
      'ledger, password-manager exports, Signal) are labelled.')
    a('- Owner-chosen passwords are a word of this trade (%d words, letters only: %s \u2026) + a joiner + a tail people use '
      'here (2\u20134 digits or a year, a steeping temperature `NNC` with NN = 60\u201399, or a tin number `TinN` with N = '
      '1\u201348), capitalised with probability 0.5 in everyday and vendor values, 0.35 in the evasion password and 0.3 '
      'elsewhere. Everyday and vendor passwords use the joiners `- _ . ! @ + ~ # =` and are checked against `%s`; positional, '
      'prose and evasion passwords use only `- _ .` and are checked against `%s`. Values are never escaped: each container '
      'kind and vendor style declares the characters it cannot hold literally (quotes and `\\` in JSON, YAML, PHP, Python, '
      'Kotlin, Dart and C strings, `$` where shells, Gradle, HCL, compose, SCL or RouterOS expand it, `%%` in HAProxy, crontab, '
      '`setx` and desktop entries, `#` where comments start, `&<>` in XML, `]]>` and `\'` in the L5X CDATA, `,` and `"` in '
      'CSV rows, `,;\\` in vCard, `{}` in Bruno, whitespace where the value is bare) and a value is redrawn without them '
      '(the WordPress key is drawn from its own alphabet minus those characters).' % (
          len(W.WORDS), ', '.join(W.WORDS[:24]), W.PW_RE.pattern, W.PW_STRICT_RE.pattern))
    a('- Every labelled value occurs exactly once in its text, is never reused and appears in no other record and in no '
      'negative; no evasion plain appears in any text. Values, generated vendor neighbours, evasion plains and runs are drawn '
      'through one registry that refuses repeats, any string in a 6+ character substring relation with an earlier one and any '
      'non-v4 UUID. A negative is redrawn if it contains a registered string of 6+ characters, a trade word + joiner + tail '
      '(the password form, any case, joiners `- _ . ! @ + ~ # = & * :`), any JWT-shaped string or a non-v4 UUID, or repeats '
      'an earlier negative. In positive texts the only password-form string is inside the labelled span, and evasion texts '
      'contain none (checked).')
    a('- Structured values are valid and checked. `BSL-` licences carry two real SEDOL check digits (asserted on 026349 4, '
      'B0YBKJ 7 and B0YBLH 2); `wtk_` keys end in the real Intel HEX / Modbus-ASCII LRC byte (asserted on the Intel HEX '
      'records `:0300300002337A1E` and `:00000001FF`); `kdl_` keys end in the first four bytes of the real RIPEMD-160 digest, '
      'written by hand (asserted on the empty string, `abc` and `message digest`, and against `hashlib` where OpenSSL still '
      'offers it); booking tokens are real PS256 JWTs (RSASSA-PSS with SHA-256, MGF1 and a 32-byte salt, written by hand, '
      'under a 2048-bit RSA key whose primes come from a seeded Miller-Rabin search) that the check verifies with the public '
      'key; Laravel keys are `base64:` + Base64 of 32 bytes (decoded by the check); WordPress keys are 64 characters of the '
      'WordPress secret-key alphabet. These check algorithms (SEDOL weights 1 3 1 7 3 9, the two\'s-complement byte sum, '
      'RIPEMD-160, RSASSA-PSS) differ from those both READMEs name as theirs or as earlier ones (recursive mod 10, mod 89, the '
      'mod-26 and mod-23 letters, SHA-512/256, AES key wrap, CBC-HMAC, AES-GCM, VIN, BSD sum, Poly1305, Keccak, ISO 6346, '
      'X25519 clamping, SHA3-256, Code 39, ELF, Ed448, Jenkins, BLAKE2s, Crockford, secp256k1, ICAO, xxHash32, CRC, Fletcher, '
      'Adler, FNV-1a, Damm, Verhoeff, Luhn, ISO 7064, Base58Check, Bech32, SipHash, MurmurHash3, HOTP / TOTP, ISBN-10, '
      'ABA); RSA and JWS are named there, so the PS256 token is the closest relative (see the judgement calls). Vendor frames: '
      'the Home Assistant token is a real HS256 JWT under a discarded key, the age key carries a real Bech32 checksum, the '
      'Matrix token ends in the real base62 CRC-32 of its body, the JFrog reference token and the Intercom token are Base64 of '
      'their real plaintext frames, the 1Password service-account token is Base64 of a JSON frame and the Bitwarden access '
      'token carries a UUIDv4 and a 16-byte Base64 key (all decoded back by the check); every other vendor value is checked '
      'against a regular expression built from the same spec that generated it. Every UUID-shaped substring of every text is '
      'version 4 and every JWT-shaped substring verifies (PS256 or HS256). Negatives: IMO (asserted on 9074729), SEDOL and '
      'Intel HEX values carry real checks; the decoys fail theirs; phpass hashes are real iterated MD5 (WordPress `$P$B`), '
      'scrypt hashes are real `hashlib.scrypt` output; X25519 public keys are computed by hand (asserted on RFC 7748 6.1 '
      'Alice); PNG icons are real (zlib, chunk CRCs); RIPEMD-160 and SHA-1 digests are real digests of random bytes; the '
      'Ansible-vault and Rails bodies are random in frame.')
    nbs = ['%s: %s' % (t, nb[0]) for t, _, _, nb, _ in V.TYPES if nb]
    a('- Public neighbours are unlabelled: user names, hosts, key names and the public half written next to a vendor secret '
      '(%s), and the user half of every user / value pair.' % '; '.join(nbs))
    a('- Key names follow each container\'s own case style: upper, snake, camel, pascal, kebab, header (`X-...` in HAProxy '
      'and HTTPie), title (the Sheets CSV), spaced (chats, notes, mail, SMS, slides, vCards, the ledger) and native '
      '(`.npmrc`, `~/.gem/credentials`, Composer `auth.json`, Continue and aider configs, Bitwarden, Firefox and Chrome exports '
      'keep their own field names). Everyday key names are the type\'s words without the check or format word '
      '(`BLEND_SCALE_LICENCE`, not `..._SEDOL_...`; `BOOKING_SERVICE_TOKEN`, not `..._PS256_JWT`), except that wp-config '
      'keeps WordPress\'s own `AUTH_KEY` and the Laravel services file `app_key`; vendor key names are the full type name in '
      'the style\'s case; neighbour keys are the vendor\'s first word + the neighbour\'s label.\n')
    # ------------------------------------------------------------ categories
    a('## Categories (positives)\n')
    a('Everyday (12 types): ' + '; '.join('`%s` (%s)' % (t, d) for t, _, _, d in E.TYPES) + '.\n')
    a('Container kinds (45, key style in brackets): ' + ', '.join('`%s` (%s; %s)' % (k, st, d) for k, st, _, d, _ in E.KINDS) +
      '. Pairing (seed 27111): the kinds are shuffled once, and every block of three kinds deals a freshly shuffled list of '
      'the 12 types four by four, so every kind holds four different types and every type sits in exactly 15 records '
      '(checked); secrets therefore also land in implausible places (a JWT on a DYMO label, a WordPress key in a minicom '
      'capture).\n')
    a('Vendor (%d types, container `<type>__<style>`; shape \u2013 where the shape comes from: *read* this session in the '
      'public gitleaks or Kingfisher rule files, *believed* from memory, *guessed* where the builder knows no published shape '
      'so the type is recognisable only from its key name, *owner* for portal and device passwords \u2013 the public neighbour '
      'if any, and the style):\n' % len(V.TYPES))
    for title, s0, s1 in V.CATEGORIES:
        rows = []
        for t, spec, src, nb, style in V.TYPES[s0:s1]:
            rows.append('`%s` (%s \u2013 %s%s \u2013 in `%s`)' % (t, V.shape_text(t), src,
                        ' \u2013 next to it: ' + nb[0] if nb else '', style))
        a('*%s* (%d): %s.\n' % (title, s1 - s0, '; '.join(rows)))
    sc = Counter(r['container'].split('__')[1] for r in S if r['source'] == 'vendor')
    a('Vendor styles (%d, chosen per type for where that key lives): ' % len(V.STYLES) + '; '.join(
        '`%s` (%s, %s, %d)' % (k, v[0], v[2], sc[k]) for k, v in V.STYLES.items()) + '.\n')
    a('Positional passwords (%d syntaxes, span type `%s<syntax>`, container `<syntax>__<where>` with where = %s): %s. '
      'None of them is among the syntaxes or names of either README (compared with and without the prefix; checked), no '
      'syntax name contains a hand-listed earlier tool token (checked), and no positional text contains `pass`, `pwd` or '
      '`secret` in any case or a `pw` token (checked) \u2013 which rules out `--password`, `passwd`, `-pw`, `sshpass`, '
      '`htpasswd`, `--password-stdin`, `chap-secrets`, STOMP `passcode`, the `[sudo] password for` and keytool prompts (the '
      'captures leave those lines out) and every tool that names the field; UI fields are the neutral `f1` / `f2`, and the two '
      'invented files call their column `initial`.\n' % (
          len(P.S), P.PREFIX, ', '.join('%s `%s`' % kv for kv in P.WHERE.items()),
          '; '.join('`%s%s` (%s, %s)' % (P.PREFIX, s, w, f) for s, w, _, f, _ in P.S)))
    a('Prose: someone gives a colleague the password of the tasting-room laptop and asks them to keep it to themselves; '
      'span type `%s`; container `<format>__<iso639-3>`; formats %s (cyclic). Languages (40): %s. Spares written down and '
      'unused: %s. None of them or the spares is among the languages of either README or on the hand list (checked: code '
      'against the codes, all deny-listed names and the hand list; name and every name word against the language names and '
      'the hand list). Scripts: %s. Every value is set off by whitespace on both sides (checked); Japanese and Khmer, which '
      'do not separate words with spaces, have a space put before and after the value as people do around Latin text; '
      'Punjabi, Urdu, Nepali and Amharic put the copula after the value; Ukrainian and Belarusian introduce it after a colon; '
      'the Telugu and Odia sentences contain zero-width non-joiners inside loan words, as typing produces, never next to the '
      'value.\n' % (PR.SPAN_TYPE, _bt(PR.FORMATS), ', '.join('`%s` (%s)' % (c, n) for c, n, _, _ in PR.LANGS),
                    ', '.join('`%s` (%s)' % s for s in PR.SPARES), ', '.join(sorted({s for _, _, s, _ in PR.LANGS}))))
    # ------------------------------------------------------------ evasions
    a('## Evasion encodings\n')
    a('; '.join('`%s` = "%s"' % (n, v[2]) for n, v in enc271.ENCODINGS.items()) + '.\n')
    fam = [
        ('collatz_hailstone_halving_trips', 'the Collatz (3n+1) stopping time'),
        ('abelian_sandpile_tin_topplings', 'chip firing on a path with sinks at both ends (abelian sandpile)'),
        ('conker_smash_inheritance', 'the playground conker score rule (winner adds the loser\'s score plus one)'),
        ('cross_country_team_placings', 'cross-country team scoring with incomplete teams removed and displacers kept'),
        ('hedge_lawn_monotone_journeys', 'counting monotone lattice paths around obstacles'),
        ('unspaced_strip_segmentations', 'counting the segmentations of a string into dictionary words'),
        ('refuel_van_depot_circuit', 'the circular-tour (gas-station) start'),
        ('party_guest_celebrity_finder', 'the celebrity problem (known by all, knows none)'),
        ('vi_cursor_motion_columns', 'vi word motions w / e / b with counts'),
        ('conway_seedling_bed_colsums', 'one generation of Conway\'s Life on a bounded board, then a column-number sum'),
        ('chang_roberts_election_hops', 'Chang-Roberts leader election on a unidirectional ring (message count)'),
        ('rock_paper_scissors_knockout_winners', 'a single-elimination bracket of fixed rock-paper-scissors throw lists'),
        ('sql_null_unknown_filtering', 'SQL three-valued logic in a WHERE filter'),
        ('recaman_jump_landings', 'Recam\u00e1n\'s back-or-forward walk from a chosen start'),
        ('weigh_booth_overshoot_elimination', 'closest without going over (The Price is Right rule)'),
        ('penalty_shootout_clinching_bibs', 'football penalty shoot-out early termination and sudden death'),
        ('optimal_stopping_interview_hires', 'the secretary-problem stopping rule'),
        ('lantern_rope_bridge_crossings', 'the bridge-and-torch river-crossing optimum'),
        ('dom_click_listener_propagation', 'DOM event capture / target / bubble with stopPropagation'),
        ('apothecary_dosage_direction_units', 'prescription directions (o.d., b.d., t.d.s., q.d.s., x N/7, x N/52)'),
        ('telephone_gossip_recipe_knowledge', 'the telephone gossip spread (unions along time-ordered calls)'),
        ('unix_mode_triplet_readability', 'Unix permission classes (only the first matching class counts)'),
    ]
    a('Families: ' + '; '.join('%s (`%s`)' % (d, n) for n, d in fam) + '.\n')
    a('Evasion types: ' + '; '.join('`%s` (%s)' % (t, d) for t, _, d in EV.TYPES) + '; wordings: ' + _bt(EV.WORDING_NAMES) +
      ' (container `<encoding>__<wording>`; encoding *i* and type *j* take wording (2*i* + *j* + 1) mod 3, so each encoding '
      'appears once per type and once per wording). Each text states what the answer is and the rule in words, then `:` and '
      'a newline, then the run on its own line, then a one-line remark (checked). Plains use `[A-Za-z0-9._-]` (character '
      'codes 45\u2013122, which every encoding here can carry); a plain is redrawn if it would appear inside its own run, if '
      'the run has outer whitespace or a newline, or if the registry refuses plain or run.\n')
    a('Encoders are in `enc271.ENCODINGS` (the rng adds only what the answer does not depend on: the starting number among '
      'those with the right stopping time, the heap row, the other conkers and the bout order, the other teams and the '
      'runners of incomplete teams, the garden size and hedges, the piece list and strip, the other depots and their fuel, '
      'the other guests and who knows whom, the words of the line and a detour of motions, the bed, the ring order, the '
      'throws and the other players, the condition, the NULLs and the false rows\' amounts, the start and length of the walk '
      'among those that land right, the true weight, the overshooting and lower guesses, the practice kicks after the '
      'decision, the marks and the number of candidates let go, the walkers\' times, the element nesting and the listeners '
      'that do not run, the split of a total over the prescription lines, the other people and calls, and the unreadable '
      'files). Several encoders look answers up in example tables sampled once from a fixed seed (hailstone, sandpile, '
      'garden, strip, Life, ring, bridge) or enumerated (Recam\u00e1n); the others construct each puzzle. The decoder '
      '`dec271.decode` gets only the encoding name and the run, imports nothing from the encoder or `common271` (only '
      '`functools`, `heapq`, `itertools` and `re`) and computes every answer its own way where it can: memoised recursion '
      'for the hailstone; simultaneous firing rounds for the sandpile (the encoder topples one heap at a time); a score '
      'dictionary for the conkers; a letter count and filter for the race; memoised recursion from the start square for '
      'the garden (the encoder fills a table); memoised recursion forward for the strip (the encoder counts backward); the '
      'single-pass greedy for the depots (the encoder tries every start); the two-pointer elimination plus a verification '
      'for the celebrity; character scanning for vi (the encoder works on word spans); set intersection for Life; '
      'synchronous message rounds for the election (the encoder counts hops per number); a pairwise bracket for the throws; '
      'a tokenizer and recursive-descent parser for the SQL (the encoder evaluates hand-written lambdas); a list walk for '
      'Recam\u00e1n; a single scan for the guesses; kick-by-kick remaining-kick arithmetic for the shoot-out (the encoder '
      'works round by round); a scan for the interviews; Dijkstra over (far side, lantern side) states for the bridge (the '
      'encoder uses the closed-form greedy); a phase path for the clicks; a regular expression per line for the '
      'prescriptions; bit masks for the gossip (the encoder uses sets); and a class pick per file for the modes. Every '
      'encoding was round-tripped while writing on every single code 45\u2013122 three times and on 20 random '
      '`[A-Za-z0-9._-]` plains of length 2\u201324 (0 failures); at build time every span is decoded back to its `plain` '
      '(checked).\n')
    a('Avoided on purpose (named by an earlier README as an encoding or in its avoided, set-aside or relative lists): every '
      'encoding of both READMEs and every item of their avoided lists \u2013 numeral bases and Base-N text, escapes, dumps, '
      'ciphers and XOR, Morse and the other signalling codes, spelling alphabets, number words, look-alikes, chaff, shuffles, '
      'reversals, acrostics, code expressions, arithmetic and check-digit disguises, barcodes, keyboards, calendars and '
      'clocks, compass points, lookup tables as the whole idea, colours, music, DNA, unit conversions and physical laws, '
      'matrices, equations, progressions, primes, squares, Fibonacci, the games they used, shortest routes, spanning trees, '
      'flows, critical paths, topological orders, two-colouring, reachability and flood fills, stacks, queues, heaps, '
      'hashing, tries and search trees, LRU, edit distances, inversions, intervals, knapsacks and bin packing, the economic '
      'rules, voting rules, matchings, token buckets, state machines, first-match rule lists, minimax, rounding rules and the '
      'set-aside ideas (sliding windows, run-length, word wrap, Petri-net firing, lamps toggling, succession lines, TTL expiry, '
      'CNAME chains). The idea words of those paragraphs are frozen in `brief_names.json` and no encoding name contains one. '
      'Set aside while choosing: Conway\'s Life cell counts (too big a board per character; the column-number sum keeps the '
      'bed small), a plain Life count next to the earlier lamp toggling, water-jug pouring (a shortest path), four-way-stop '
      'priority (compass directions), tea-round duty by fewest brews (least recently used), the Price-is-Right rule as a '
      'sum, knitting stitch counts (a symbol-value sum), Stern-Brocot paths (a search tree), crossword numbering (numbers too '
      'small) and the 2048 merge score (powers of two). Close relatives remain and a scorer may count them as the same idea: '
      'the garden walks count lattice paths, which are the shortest routes of a grid (counted, not found); the strip '
      'segmentation is a string dynamic programme next to the earlier tries and LCS; Life is a cellular rule next to the '
      'earlier lamp toggling, and the sandpile is a second cellular process; the celebrity, the gossip and the election are '
      'small graph processes next to the earlier reachability, LCA and pointer walks; the SQL filter, the mode classes and '
      'the click propagation are rule evaluations next to the earlier firewall, questionnaire and CSS puzzles; the conkers, '
      'the cross-country race, the shoot-out and the knockout are sports and playground scoring next to the earlier '
      'Stableford, cricket, tennis and league tables (new games, new rules); the guess stall, the interviews and the depot '
      'circuit each pick one shown number by a rule, like the earlier precedence puzzles; the hailstone and Recam\u00e1n '
      'walks are number sequences next to the earlier progressions; the bridge optimum is a small optimisation next to the '
      'earlier assignment and job puzzles; the prescription directions are fixed arithmetic dressed as trade data.\n')
    # ------------------------------------------------------------ negatives
    a('## Negative classes\n')
    a('| class | records | base kinds | what is in it |\n|---|---|---|---|')
    nc = Counter(r['class'] for r in NG)
    for c, kinds, _, d in N.CLASSES:
        a('| `%s` | %d | %s | %s |' % (c, nc[c], _bt(kinds), d))
    a('\nEach base kind appears plain and wrapped %s (container `<base kind><wrapper>`); the wrappers add a Teams thread '
      'line, a Notion page heading and a corkboard header whose words say the content is reference material holding no '
      'logins, without adding a value.\n' % _bt([p for p in N.PRESENTATIONS if p]))
    # ------------------------------------------------------------ checks
    a('## Checks run by build.py\n')
    a('- Self-test: `common271.selftest` re-asserts the published vectors of every hand-written algorithm (SEDOL on three '
      'codes, the Intel HEX LRC on two records, RIPEMD-160 on three strings and against `hashlib` where available, the IMO '
      'check on 9074729, Bech32 on A12UEL5L, X25519 on RFC 7748 6.1, the PNG chunk CRCs, the phpass frame) in every build; '
      'the RSA-PSS signer is checked by verifying every booking token with the public key.')
    a('- Deny-list: `brief_names.json` is loaded; if `/tmp/brief271/` exists it is re-extracted and must be identical '
      '(%s). Every everyday type and kind, vendor type and style, positional syntax and where label, prose type and format, '
      'evasion type, wording and encoding, negative class, base kind and presentation, and every container, span type, '
      'encoding and class actually used in the records, is compared lower-cased, as a whole and by every `__` part, '
      'against the names; every positional syntax (from the module and from each record\'s type, with and without the '
      'prefix) against the earlier syntaxes and, token by token, against the earlier tool tokens; every encoding, token by '
      'token, against the idea words; every prose language code (and spare) against the codes, all names and the hand list, '
      'its name and name words against the language names and the hand list.' % info['deny_note'])
    a('- Ids `p271-s-NNNN`, `p271-e-NNNN`, `p271-n-NNNN`, consecutive; exact record and span field sets (in order); exactly '
      'one span per positive and evasion; `text[start:end] == value`; span type = record type; the value occurs exactly once '
      'in its text and has no outer whitespace; evasion spans carry `plain` and an `encoding` equal to the record\'s; no '
      'placement marker left in any text; sources as specified.')
    a('- Counts: everyday 180 (45 kinds x 4 different types, 12 types x 15), vendor 110\u2013130 distinct types with '
      'containers `<type>__<style>` of a known style, positional 100\u2013120 distinct syntaxes, prose 40 in 40 languages, '
      'positives 440\u2013470, evasions 66 = 22 encodings x 3 types x 3 wordings, negatives \u2265 200 in \u2265 20 classes '
      'with \u2265 10 each, no repeated negative text, span types of the five sources pairwise disjoint.')
    a('- Shapes: everyday values by type (password regex, both SEDOL digits, the LRC byte sum, the RIPEMD-160 tail, PS256 '
      'signature + header + claim keys + UUIDv4 `jti`, Laravel Base64 length, WordPress alphabet and length); vendor values '
      'against the regex built from each spec or their frame validator (HS256 signature, Bech32, CRC-32 base62, Base64 '
      'frames); positional and prose values in the strict password form; no `pass` / `pwd` / `secret` / `pw` in positional '
      'texts; prose values set off by whitespace; no password-form string outside the span in any positive text; evasion '
      'plains by type; evasion layout (rule text before `:` newline, run line, one remark line).')
    a('- Container syntax: the JSON kinds and styles parse with `json` (the value inside a string), the XML ones with '
      '`xml.etree` (the value in an element\'s text or an attribute), the TOML one with `tomllib` (the value in `[vars]`), '
      'the CSV ones with `csv` (rows of equal width, the value a cell).')
    a('- Every evasion run decodes with `dec271.decode` to its `plain`, and the run never contains its plain.')
    a('- No value is reused; each occurs exactly once across all three files; no evasion plain appears in any text; no '
      'registered string of 6 or more characters (values, neighbours, plains, runs) appears in a negative; no neighbour '
      'equals a value; no negative contains a password form or a JWT-shaped string; every UUID-shaped substring of every '
      'text is version 4; every JWT-shaped substring verifies; the IMO, SEDOL and Intel HEX values in the negatives pass '
      'their checks, the decoys fail theirs, the PNG URIs have valid chunks, the hash frames are well formed and the JWKS '
      'modulus is the booking signer\'s.')
    a('- Determinism: everything (the RSA key, the HMAC key and the encoder tables included) is generated twice in one '
      'process; the three JSONL files and this README must be byte-identical, and the JSONL bytes must parse back to the '
      'same records.')
    a('- %d mutation tests on deep copies, each of which must add an error the clean data does not have (this run: %d/%d): '
      '%s. Clean run errors: %d.\n' % (
          len(info['mutations']), sum(1 for m in info['mutations'] if m[1]), len(info['mutations']),
          ', '.join('`%s` (%s)' % (m[0], 'caught' if m[1] else 'MISSED') for m in info['mutations']), info['clean_errors']))
    # ------------------------------------------------------------ guessed shapes
    a('## Shapes you had to guess\n')
    rd = [(t, V.RULE_NOTE[t]) for t, _, src, _, _ in V.TYPES if src == 'read']
    a('*Read this session* in the public gitleaks or Kingfisher rule files; nothing copied; every value generated; where a '
      'rule gives only a prefix, a case-insensitive class or a length range, the exact length, split and case are mine '
      '(%d): %s.\n' % (len(rd), '; '.join('`%s` (%s; %s)' % (t, V.shape_text(t), n) for t, n in rd)))
    bl = [t for t, _, src, _, _ in V.TYPES if src == 'believed']
    a('*Believed* from memory of public rule sets and vendor documentation, not re-checked this session (%d): %s.\n' % (
        len(bl), '; '.join('`%s` (%s)' % (t, V.shape_text(t)) for t in bl)))
    gs = [t for t, _, src, _, _ in V.TYPES if src == 'guessed']
    a('*Guessed* (no published format known to the builder; length and alphabet only, so the type is recognisable only from '
      'its key name) (%d): %s.\n' % (len(gs), '; '.join('`%s` (%s)' % (t, V.shape_text(t)) for t in gs)))
    ow = [t for t, _, src, _, _ in V.TYPES if src == 'owner']
    a('*Owner-chosen passwords* (a portal or device login the owner picked) (%d): %s.\n' % (len(ow), _bt(ow)))
    a('Also invented or partly guessed: the everyday layouts `BSL-`, `wtk_` and `kdl_` and the evasion prefixes `BPS-` and '
      '`mdf_` are invented (their check algorithms are real); the PS256 booking JWT, the Laravel APP_KEY and the WordPress '
      'AUTH_KEY are real formats used for invented purposes. Vendor layouts least sure: the SumUp `sup_sk_` head and length, '
      'the Dojo `sk_prod_` body length, the Amazon LWA `amzn1.oa2-cs.v1.` secret, the Paddle `pdl_live_apikey_` split, the '
      'Easyship `prod_` body, the Ecwid `secret_` token, the Checkout.com `sk_` + UUID form, the Braintree pair, the '
      'Mailchimp Transactional `md-` head, the omnisend split, the Pushover `a`/`u` heads, the Matrix `syt_` layout and its '
      'CRC, the LangSmith `lsv2_pt_` split, the Pinecone `pcsk_` split, the Voyage, Cerebras, Stability and Fireworks heads, '
      'the 1Password frame keys, the Bitwarden access-token layout, the JFrog reference-token plaintext, the Backblaze `K005` '
      'key, the Linode and Codecov shapes, the Home Assistant claims, the Eventbrite length, the Tailscale `CNTRL` join, the '
      'UptimeRobot `u` + digits head and the device-portal URLs. Positional syntaxes are all from memory; least sure: '
      '`tsql` flags, `hdbsql -p` with `-n host:port`, the BTEQ `.LOGON` line, `isql-fb -u/-p`, `mqttx -P`, `seaf-cli sync` '
      'flags, `mega-login` argument order, the `rclone obscure` output, `steghide -p`, `kamctl add`, `ejabberdctl '
      'register` order, restic and encfs `-S` reading a pipe, `kinit` and `keytool` reading a here-string, `argon2` reading '
      'a pipe, `racadm`, `cf login`, WildFly `add-user.sh -u/-p`, Concourse `fly login -p`, `govc -u user:VALUE@host`, '
      '`mpc -h VALUE@host`, the NUT `MONITOR` field order, tinyproxy `BasicAuth`, 3proxy `users name:CL:VALUE`, the lighttpd '
      'plain user file, Trojan URIs, the Cisco `snmp-server user ... auth sha` line, `OPENROWSET` with `;`-separated '
      'provider arguments, `sp_addlinkedsrvlogin` positional order, `pgp_sym_encrypt` and `crypt` arguments, the X12 ISA04 '
      'padding, the EDIFACT UNB S005 position, `AT+CSTT`, IRC `OPER`, the Lyrion (Logitech Media Server) CLI `login` line, '
      'pymssql, the `influxdb` client argument order, `stomp.py` `connect`, python-jenkins, odoorpc, '
      'python-wordpress-xmlrpc, instaloader, Sequelize, superagent, `PG.connect` seven positionals, RODBC, LuaSQL, Dart '
      '`HttpClientBasicCredentials`, Plug `encode_basic_auth`, Qt `QSqlDatabase::open(user, value)`, tiberius '
      '`AuthMethod::sql_server`, AutoIt `ControlSetText`, nut.js, Detox `replaceText`, KIF, Airtest `text()`, iMacros `TAG '
      '... CONTENT=` and the Power Automate Desktop line. Negatives: the Ansible-vault and Rails bodies are random in frame; '
      'the reCAPTCHA site key, PostHog project key, Algolia search-only key and Sentry DSN shapes follow the look of real '
      'ones; the ARQC and authorisation codes are random.\n')
    # ------------------------------------------------------------ judgement calls
    a('## Judgement calls\n')
    a('- Everyday: six owner-chosen passwords (blending-drum HMI, flavour-dosing panel, tin-sealer operator, EPOS manager, '
      'dispensary label station, leaf-store gateway) and six generated secrets (SEDOL `BSL-` licence, LRC `wtk_` pairing key, '
      'RIPEMD-160 `kdl_` API key, PS256 booking JWT, Laravel APP_KEY, WordPress AUTH_KEY). SEDOL is a weighted mod-10 digit, a '
      'relative of the earlier weighted digits, Luhn and ISO 6346 (different weights, letters valued by position); the LRC is '
      'an 8-bit two\'s-complement byte sum, a relative of the earlier BSD sum, Fletcher and Adler (no rotation, no second '
      'sum) and catches only simple errors; RIPEMD-160 is a cryptographic hash used as a checksum, which a scorer may file '
      'with the earlier SHA-512/256, BLAKE2s and Keccak tails. The brief asks for JWTs with a fitting alg and every JWS family '
      'is named by the READMEs (HS / ES / EdDSA and RSA); PS256 (RSASSA-PSS) is the only JWS algorithm not named there by '
      'name, but it is RSA, so a scorer may count it as a repeat of the RSA family \u2013 it was kept because a booking token '
      'that tills and kiosks verify offline with a published key fits an asymmetric alg, and its public half sits in the '
      'negatives. The Laravel and WordPress keys have no check at all: only their frame, alphabet and length say what they '
      'are; the WordPress alphabet is printable punctuation, so those values look like line noise and some containers drop '
      'characters from it. Key names in everyday files say password / licence / key / token \u2013 that is how such files '
      'look; the key-name-free cases are in the positional source.')
    a('- Vendor: %d types, %d of them owner-chosen trade logins; many trade services (Epos Now, Lightspeed, ResDiary, '
      'SevenRooms, Deliveroo, Uber Eats, Etsy, BigCommerce, Xero, QuickBooks, Parcel2Go, ShipStation, Sendcloud, Packlink, '
      'Yotpo, Trustpilot, Zulip, Hetzner) publish no token format the builder knows, so their types are recognisable only '
      'from the key name. Same-shape traps: UUIDv4 secrets (Squarespace, Snyk, Scaleway, MongoDB Atlas, Codecov, '
      'Checkout.com) against the UUIDv4 booking and request ids of the negatives; hex secrets (Epos Now, SevenRooms, '
      'Braintree, ShipStation, Sendcloud, Packlink, Twilio, Datadog, Cloudflare global, Linode, Algolia admin, '
      'OpenWeatherMap) against the RIPEMD-160 and SHA-1 digests and the Algolia search-only key; the Stripe `sk_live_` secret '
      'against the `pk_live_` publishable key; the Gemini `AIza` key against nothing public here (a scorer may know '
      'browser-restricted Maps keys of the same shape); the Telegram token against nothing. Ids next to a secret stay '
      'unlabelled as the public half of a pair \u2013 arguable for the AWS access key id, the Epos Now, ShipStation, Sendcloud '
      'and Trustpilot API keys, the Yotpo app key and the Pushover user key, which some owners treat as sensitive.' % (
          len(V.TYPES), len(ow)))
    a('- Containers: the kinds and styles are new names and mostly new files, but some are relatives of earlier ones and a '
      'scorer may count them as the same place: the Nomad, ConfigMap, compose and Deployment env blocks next to the earlier '
      'ECS, Quadlet, Helm and kustomize files; `kubectl create secret`, `fly secrets set`, `heroku config:set`, `nomad var '
      'put`, `vault kv put`, `az keyvault secret set` and `aws ssm put-parameter` next to the earlier `gh secret set`, '
      '`dokku config:set`, `pulumi config set` and `sops -d` captures; Bitwarden, Firefox and Chrome exports next to the '
      'earlier LastPass, Proton Pass, 1PUX and KeePassXC exports; Signal and Teams next to the earlier WhatsApp, Zoom and Slack '
      'exports; the Telegram export, Google Keep and the SMS backup next to the earlier notes and chats; the pptx slide next '
      'to the earlier xlsx and docx parts; the Makefile next to the earlier justfile; bash history next to the earlier '
      'histories; the JetBrains HTTP Client, Bruno, Hoppscotch and HTTPie files next to the earlier REST Client, Thunder '
      'Client, Insomnia and Postman files; the Spring Boot, Rails, Magento and WordPress files next to the earlier framework '
      'settings; the HAProxy header next to the earlier Traefik, Caddy, Varnish and nginx headers.')
    a('- Passwords: labelled when the value logs in or connects (RDP, SQL Server, FreeTDS, HANA, Teradata, Firebird, '
      'RabbitMQ, MQTT, etcd, ZooKeeper, Transmission, Mercurial, Perforce, CVS, Concourse, Jenkins, vCenter, iDRAC, Cloud '
      'Foundry, WildFly, HTTP basic in several tools and libraries, MPD, Seafile, MEGA, PsExec, scheduled tasks, SMB drive '
      'maps, SNMP, XMPP, SIP, databases in many languages, AMQP and STOMP, Wi-Fi, proxies, a UPS monitor, EDI interchanges, '
      'a GPRS APN, IRC operators, a music server), unlocks or decrypts (a steganographic file, a kinit ticket, an EncFS '
      'volume, a restic repository, a Java keystore, a PowerShell SecureString), is stored or derived '
      '(`rclone obscure`, `argon2`, `sha256sum`, `crypt`, `SHA2`, `pgp_sym_encrypt`, scrypt, Argon2id, `NetworkCredential`) '
      'or is typed by automation (WebdriverIO, Detox, Appium, AutoIt, nut.js, Watir, CodeceptJS, Testing Library, Flutter, '
      'KIF, Airtest, Cucumber, iMacros, Power Automate Desktop). Weakest kept cases, with a hint nearby: the SNMP community '
      'string (a shared secret used like a password), the Cisco `auth sha` key, `rclone obscure` and the hashing commands '
      '(the value is being transformed), the `pgp_sym_encrypt` key phrase, the X12 ISA04 and EDIFACT S005 fields (EDI '
      '"security information" that many partners leave blank), the two invented files (the column is called `initial`), the '
      'expect script (it answers a `*: ` prompt) and the Trojan URI (the user-info is the whole credential). Closest '
      'relatives of earlier syntaxes, kept because the tool, library or mechanism differs: the `-u` / `-p` and `-U` / `-P` '
      'pairs of new tools next to the earlier pairs; the URL user-info and `user:VALUE` forms of new tools next to the '
      'earlier psql, git, pip, NATS, ffmpeg, usql and skopeo forms; `xfreerdp /p:` next to `winrs -p:`; the database connects '
      'of new libraries next to the earlier ones; `WiFi.begin` next to the earlier AT Wi-Fi joins; `sudo -S`, `kinit`, '
      '`keytool`, `encfs -S`, restic and `argon2` pipes next to the earlier zfs, gocryptfs and cryptsetup pipes; the GUI '
      'drivers next to the earlier test and automation tools. Left out: everything whose own text says pass / pwd / secret / '
      'pw, FTP, POP3, IMAP, SMTP and LDAP logins, Samba tools, archive flags, Redis, Cassandra and Mongo shells, Oracle '
      '`IDENTIFIED BY` and SQL*Plus connect strings, xdotool-style typers, RCON consoles, and the tools the READMEs already '
      'used.')
    a('- Prose: one meaning, one sentence per language, written by a non-native builder, no review. Confidence: good for '
      'German, French, Spanish, Italian, Portuguese (European), Dutch; fair for Danish, Swedish, Norwegian Bokm\u00e5l, '
      'Romanian, Croatian, Slovak, Slovene, Bulgarian, Ukrainian, Japanese, Vietnamese, Standard Malay, Standard Arabic; '
      'modest for Belarusian, Macedonian, Latvian, Albanian, Maltese, Welsh, West Frisian, Bengali, Urdu, Nepali, North '
      'Azerbaijani, Turkmen, Georgian; low for Khmer, Punjabi, Telugu, Odia, Kyrgyz, Amharic, Somali, Igbo. Loan words '
      '(password in Italian and Maltese, \u30d1\u30b9\u30ef\u30fc\u30c9, \u09aa\u09be\u09b8\u0993\u09af\u09bc\u09be\u09b0\u09cd\u09a1, \u0a2a\u0a3e\u0a38\u0a35\u0a30\u0a21, \u067e\u0627\u0633 \u0648\u0631\u0688, \u092a\u093e\u0938\u0935\u0930\u094d\u0921) are kept as people use them. `nob` is '
      'Norwegian Bokm\u00e5l, `lvs` Standard Latvian, `als` Tosk Albanian, `npi` Nepali (individual language), `ory` Odia, '
      '`arb` Standard Arabic, `azj` North Azerbaijani, `zsm` Standard Malay.')
    a('- Evasions: every run is a puzzle a patient human can solve with the stated rule and pencil (the Life beds, the '
      'celebrity lists, the vi lines and the click traces are long and tedious; the strip segmentations and the bridge '
      'optimum want care). The runs look like riddle cards, canteen quiz sheets and newsletter teasers, and genuine twins sit '
      'in the negatives (`tearoom_puzzle_corner_solutions`: real hailstone, conker and NULL-logic puzzles with numeric '
      'answers), so a detector that flags the look is flagging the look, not the content. Several runs contain the answer as '
      'one of their numbers by design (the depot, guest, player, entrant, bib and candidate labels): finding which number is '
      'the puzzle. Runs reach about five thousand characters and an entropy detector may flag some.')
    a('- Negatives: IMO, SEDOL and Intel HEX numbers carry real checks and the last two use exactly the algorithms of two '
      'positive layouts (public numbers that pass a positive\'s check); the phpass and scrypt hashes sit in columns called '
      '`user_pass` and `password_hash` (a trap); the JWKS carries the very public key that verifies the booking tokens; '
      'Stripe `pk_live_`, reCAPTCHA, PostHog `phc_`, the Algolia search-only key and the Sentry DSN are public by design (some '
      'treat the DSN as sensitive); the sample configs use this corpus\'s own key names with placeholders (a trap for '
      'key-name-only detectors); masked previews keep at most four characters; `op://` references, ARNs and Key Vault '
      'references are pointers; the vault and Rails bodies are ciphertext whose key is elsewhere; receipt authorisation codes '
      'and ARQCs are transaction data. The most arguable classes are `own_layout_decoys_failing_checks` (this corpus\'s own '
      'layouts with deliberately broken checks, in tests and a reject log \u2013 no such value can be in use, but a '
      'shape-only detector will flag them) and `listed_company_sedol_codes` / `firmware_intel_hex_records` (public numbers '
      'that pass two of the positives\' algorithms). PNG data URIs, Ansible-vault hex and digests are high-entropy on '
      'purpose.\n')
    # ------------------------------------------------------------ sources
    a('## Sources consulted\n')
    a('- The two READMEs in `/tmp/brief271/` (p266 and p268), for format and coverage only. The detector was not opened, '
      'listed or searched; nothing else under `/work/main` was touched; git was not run in the project; no other `/tmp` '
      'directory except `/tmp/scratch271/` and the shell tool\'s own job directory of one of the builder\'s commands was looked at.')
    a('- External, read for shape only (nothing copied; every credential-looking value is generated): the public gitleaks '
      'default rule file (`gitleaks/gitleaks`, `config/gitleaks.toml`, commit `b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`) '
      'and the public Kingfisher rule files (`mongodb/kingfisher`, `data/rules/*.yml`, commit '
      '`ee7c0db3ef87575768f817820c24736249ffcdef`), each brought in with the search tool\'s `fetch` and extracted into '
      '`/tmp/scratch271/`, for the vendor types marked *read* above. The remaining shapes, every positional syntax, every '
      'prose sentence and every puzzle rule come from the builder\'s memory and are marked as believed or guessed where it '
      'matters. Published test vectors used in asserts (all from memory, all passing): SEDOL 0263494, B0YBKJ7 and B0YBLH2, the '
      'Intel HEX records `:0300300002337A1E` and `:00000001FF`, RIPEMD-160 of the empty string, `abc` and `message digest`, '
      'IMO 9074729, BIP-173 `A12UEL5L`, RFC 7748 6.1 (Alice\'s X25519 public key).')
    a('- Python\'s standard library (`hashlib` for MD5, SHA-1, SHA-256 and scrypt, `hmac`, `base64`, `zlib`, `json`, `re`, '
      '`csv`, `tomllib`, `xml.etree`, `struct`, `heapq`, `functools`, `itertools`) computes digests, HMACs, compression, '
      'encodings and parses the containers; SEDOL, the LRC, RIPEMD-160, RSA key generation, RSASSA-PSS, Bech32, the IMO '
      'check, phpass, X25519, the PNG writer, every encoder and every decoder are written by hand.\n')
    return '\n'.join(out)
