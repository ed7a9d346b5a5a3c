"""Hard negatives: texts of the tailoring / shoe-repair / key-cutting world with no secret in them."""
import base64, hashlib, hmac, random, struct
from common195 import rs, rbytes, uuid4, b64, ALNUM, HEX, UPALNUM, LOWALNUM, B62

SEED = 19506

# ---------------------------------------------------------------- check digits
_DAMM = [[0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
         [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
         [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
         [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm(digits):
    i = 0
    for d in digits:
        i = _DAMM[i][int(d)]
    return i


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(digits):
    c = 0
    for i, d in enumerate(reversed(digits + "0")):
        c = _VD[c][_VP[i % 8][int(d)]]
    return str(_VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, d in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(d)]]
    return c == 0


def gs1_check(digits):
    s = 0
    for i, d in enumerate(reversed(digits)):
        s += int(d) * (3 if i % 2 == 0 else 1)
    return str((10 - s % 10) % 10)


def iban_gb(rng):
    bank = rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4)
    bban = bank + "%06d" % rng.randrange(10 ** 6) + "%08d" % rng.randrange(10 ** 8)
    num = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    chk = 98 - int(num) % 97
    return "GB%02d%s" % (chk, bban)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


# ---------------------------------------------------------------- class generators
def g_keycode(r, kind):
    code = "%s%04d" % (r.choice(["K", "X", "CB", "FA"]), r.randrange(10 ** 4))
    bit = "".join(str(r.randint(1, 7)) for _ in range(5))
    blanks = [r.choice(["UL050", "UL054", "1001EH", "FT50", "YA1", "AB9", "ERN5", "CS74"]) for _ in range(3)]
    if kind == "key_code_lookup_result":
        return ("Key code lookup\nSeries: %s   Code: %s\nBitting (bow to tip): %s\nBlank: %s (alt %s, %s)\nSpacing: 0.156in  Depth step: 0.015in\n"
                % (code[:-2], code, bit, *blanks))
    rows = "\n".join("%s,%s,%s,%d" % (r.choice(["Yale", "Union", "Era", "Chubb"]), b, r.choice(blanks), r.randrange(1, 60)) for b in blanks)
    return "brand,blank,cross_ref,stock\n" + rows + "\n"


def g_transponder(r, kind):
    chips = [("ID46", "PCF7936"), ("ID48", "Megamos Crypto"), ("ID4D", "TI 4D-63"), ("ID8A", "Hitag AES")]
    c = r.choice(chips)
    uid = rs(r, "0123456789ABCDEF", 8)
    if kind == "transponder_reader_log":
        return ("[reader] field on\n[reader] chip detected: %s (%s)\n[reader] UID %s  config page 3: locked\n[reader] clone supported: %s\n"
                % (c[0], c[1], uid, r.choice(["yes (blank TK5551)", "no", "yes (needs sniff)"])))
    return ("| make | years | chip | blank |\n|---|---|---|---|\n| %s | %d-%d | %s %s | %s |\n"
            % (r.choice(["Ford", "VW", "Toyota", "Vauxhall"]), 2004 + r.randrange(5), 2010 + r.randrange(8), c[0], c[1],
               r.choice(["HU66", "HU101", "TOY43", "HU100"])))


def g_damm(r, kind):
    out = []
    for _ in range(3):
        base = "%07d" % r.randrange(10 ** 7)
        out.append(base + str(damm(base)))
    if kind == "garment_ticket_print_log":
        return "".join("PRINT ticket %s  item=%s  due=%s\n" % (t, r.choice(["trousers hem", "jacket sleeves", "dress take-in", "zip replace"]),
                                                                   "2024-07-%02d" % r.randrange(1, 29)) for t in out)
    return "ticket,item,price,status\n" + "".join("%s,%s,%d.00,%s\n" % (t, r.choice(["hem", "taper", "let out", "patch"]), r.randrange(8, 60),
                                                                       r.choice(["pinned", "sewing", "ready"])) for t in out)


def g_verhoeff(r, kind):
    out = []
    for _ in range(3):
        base = "%08d" % r.randrange(10 ** 8)
        out.append(base + verhoeff_check(base))
    if kind == "claim_stub_batch_txt":
        return "CLAIM STUBS (Verhoeff check digit last)\n" + "".join("%s  %s\n" % (s, r.choice(["heels", "resole", "stitch", "stretch"])) for s in out)
    return "[\n" + ",\n".join('  {"claim": "%s", "job": "%s", "pairs": %d}' % (s, r.choice(["heels", "resole", "patch"]), r.randint(1, 3)) for s in out) + "\n]\n"


def g_measure(r, kind):
    pid = uuid4(r)
    m = {k: round(r.uniform(a, b) * 2) / 2 for k, a, b in [("chest", 84, 124), ("waist", 66, 110), ("inseam", 70, 88), ("sleeve", 58, 68)]}
    if kind == "measurement_profile_json":
        return '{"profile_id": "%s", "unit": "cm", "chest": %.1f, "waist": %.1f, "inseam": %.1f, "sleeve": %.1f, "fit": "%s"}\n' % (
            pid, m["chest"], m["waist"], m["inseam"], m["sleeve"], r.choice(["slim", "regular", "classic"]))
    return "FITTING CARD  %s\nCHEST %.1f  WAIST %.1f\nINSEAM %.1f  SLEEVE %.1f\nnotes: left shoulder lower\n" % (
        pid[:8].upper(), m["chest"], m["waist"], m["inseam"], m["sleeve"])


def g_sscc(r, kind):
    out = []
    for _ in range(2):
        base = "0" + "5060" + "%012d" % r.randrange(10 ** 12)
        out.append(base + gs1_check(base))
    bank = "LB-%02d" % r.randrange(1, 30)
    if kind == "locker_drop_log":
        return "".join("%s bay %02d door closed  SSCC (00)%s  status=awaiting_collection\n" % (bank, r.randrange(1, 25), s) for s in out)
    return "sscc\tlocker_bank\tbay\tcarrier\n" + "".join("%s\t%s\t%d\t%s\n" % (s, bank, r.randrange(1, 25), r.choice(["DPD", "Evri", "InPost"])) for s in out)


def g_receipt(r, kind):
    last4 = "%04d" % r.randrange(10 ** 4)
    auth = rs(r, "0123456789", 6)
    tid, mid = "%08d" % r.randrange(10 ** 8), "%09d" % r.randrange(10 ** 9)
    if kind == "terminal_receipt_text":
        return ("STITCH & SOLE  HIGH ST\nTID %s   MID %s\nVISA CONTACTLESS\n************%s\nAID A0000000031010\nATC 00%s\nAUTH CODE %s\nSALE  GBP %d.%02d\nCARDHOLDER COPY\n"
                % (tid, mid, last4, rs(r, "0123456789ABCDEF", 2), auth, r.randrange(5, 90), r.randrange(100)))
    return "date,tid,pan_masked,auth_code,amount\n2024-06-%02d,%s,4462********%s,%s,%d.%02d\n" % (
        r.randrange(1, 29), tid, last4, auth, r.randrange(5, 90), r.randrange(100))


def g_ean(r, kind):
    cards = []
    for _ in range(3):
        base = "29" + "%010d" % r.randrange(10 ** 10)
        cards.append(base + gs1_check(base))
    if kind == "stamp_card_member_export":
        return "card_ean13,stamps,last_visit\n" + "".join("%s,%d,2024-05-%02d\n" % (c, r.randrange(10), r.randrange(1, 29)) for c in cards)
    return "".join("SCAN %s ok stamps=%d/9\n" % (c, r.randrange(10)) for c in cards)


def g_engrave(r, kind):
    text = r.choice(["Happy 40th Dave", "To Mum, love always", "Best Man 14.09.24", "J & K forever", "Club Captain 2024"])
    dig = hashlib.sha256(rbytes(r, 64)).hexdigest()
    if kind == "engraving_queue_json":
        return '{"job": "ENG-%05d", "item": "%s", "text": "%s", "font": "Script MT", "svg_sha256": "%s"}\n' % (
            r.randrange(10 ** 5), r.choice(["tankard", "signet ring", "dog tag", "plaque"]), text, dig)
    return "Subject: Engraving proof ENG-%05d\n\nHi, proof attached for \"%s\". File checksum (SHA-256) %s in case the upload mangles it.\n" % (
        r.randrange(10 ** 5), text, dig)


def g_iban(r, kind):
    iban = iban_gb(r)
    if kind == "supplier_invoice_text":
        return "INVOICE 2024-%04d\nHeel & Sole Supplies Ltd\nPay to IBAN %s  BIC %sGB2L\nSort code %02d-%02d-%02d\nTotal due GBP %d.%02d\n" % (
            r.randrange(10 ** 4), iban, iban[4:8], r.randrange(100), r.randrange(100), r.randrange(100), r.randrange(40, 900), r.randrange(100))
    return "payee,iban,amount,reference\nBlanks Direct,%s,%d.%02d,PO-%05d\n" % (iban, r.randrange(40, 900), r.randrange(100), r.randrange(10 ** 5))


def g_public(r, kind):
    pk = "pk_live_51" + rs(r, ALNUM, 97)
    sq = "sq0idp-" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 22)
    gm = "AIza" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 35)
    alg = rs(r, HEX, 32)
    if kind == "shop_checkout_html_head":
        return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("%s");\n  const squareAppId = "%s";\n</script>\n'
                '<script async src="https://maps.googleapis.com/maps/api/js?key=%s&callback=initShopMap"></script>\n' % (pk, sq, gm))
    return '{"stripePublishableKey": "%s", "algoliaAppId": "%s", "algoliaSearchOnlyKey": "%s", "mollieProfileId": "pfl_%s"}\n' % (
        pk, rs(r, UPALNUM, 10), alg, rs(r, ALNUM, 10))


def g_placeholder(r, kind):
    if kind == "integration_setup_readme":
        return ("## Setup\n\n1. Ask the owner for the claim-stub token. It looks like `csr1_<30 base62>_<adler32>`.\n"
                "2. Put the fitting webhook secret in `.env` as `FITTING_WEBHOOK_SECRET=ftwh_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.\n"
                "3. The terminal key goes in `TERMINAL_API_KEY=<your-terminal-key>` - never commit it.\n")
    return ("# copy to .env and fill in\nALTERATION_BOARD_ADMIN_PASSWORD=\nLOCKER_TOTP_SEED=${LOCKER_TOTP_SEED:?set in vault}\n"
            "GARMENT_TICKET_HMAC_KEY=%s\nTERMINAL_API_KEY=ctk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nENGRAVER_ADMIN_PASSWORD=changeme\n" % ("0" * 64))


def g_redacted(r, kind):
    tail = rs(r, LOWALNUM, 4)
    if kind == "card_terminal_debug_log":
        return ("DEBUG terminal.client init key=ctk_live_************************************%s\nDEBUG pairing ok tid=%08d\n"
                "DEBUG headers {'Authorization': '[FILTERED]', 'X-Shop': 'HS01'}\n" % (tail, r.randrange(10 ** 8)))
    return ("Run ./deploy.sh\n  LOCKER_OPERATOR_PASSWORD: ***\n  CLAIM_STUB_API_TOKEN: csr1_••••••••••••%s\n  LOYALTY_STAMP_JWT: eyJ***\n  GARMENT_TICKET_HMAC_KEY: <redacted>\nDeploy finished\n" % tail)


def g_secretref(r, kind):
    if kind == "helm_values_secret_refs":
        return ("env:\n  - name: TERMINAL_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: shop-terminal\n        key: api-key\n"
                "  - name: LOCKER_TOTP_SEED\n    value: ref+vault://secret/data/lockers/lb-%02d#totp_seed\n" % r.randrange(1, 30))
    return ("MEASUREMENT_DB_PASSWORD=vault:secret/data/shop/measure#db_password\n"
            "CLAIM_STUB_API_TOKEN=@Microsoft.KeyVault(SecretUri=https://stitch-sole-kv.vault.azure.net/secrets/claim-stub-token/)\n"
            "KEY_MACHINE_CONSOLE_PASSWORD=ref+awsssm://shop/keys/console-%d\n" % r.randrange(1, 9))


def g_cipher(r, kind):
    if kind == "sops_encrypted_yaml":
        def enc(n):
            return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
        return ("locker_totp_seed: %s\nterminal_api_key: %s\nsops:\n    age:\n        - recipient: %s\n    lastmodified: \"2024-06-12T09:14:03Z\"\n    mac: %s\n    version: 3.8.1\n"
                % (enc(32), enc(49), "age1" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), enc(32)))
    body = rbytes(r, 96).hex()
    lines = "\n".join(body[i:i + 80] for i in range(0, len(body), 80))
    return "$ANSIBLE_VAULT;1.1;AES256\n" + lines + "\n"


def g_hashes(r, kind):
    salt = rs(r, ALNUM, 22)
    dk = hashlib.pbkdf2_hmac("sha256", rbytes(r, 12), salt.encode(), 100000)
    dj = "pbkdf2_sha256$100000$%s$%s" % (salt, b64(dk))
    ar = "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("="))
    if kind == "staff_accounts_sql_dump":
        return "INSERT INTO staff (id, login, pw_digest, role) VALUES\n (%d, 'counter', '%s', 'till'),\n (%d, 'keydesk', '%s', 'cutter');\n" % (
            r.randrange(100), dj, r.randrange(100, 200), ar)
    return '[{"model": "auth.user", "pk": %d, "fields": {"username": "fitroom", "password": "%s", "is_staff": true}}]\n' % (r.randrange(2, 50), dj)


def g_prose(r, kind):
    if kind == "staff_handbook_it_section":
        return r.choice(["Passwords for the till and the alteration board are personal. Never share yours, never write it on the cutting mat, and change it when a manager asks.",
                         "The locker portal password is rotated every quarter by the owner. If you forget it, ask the manager - do not try guesses, the portal locks after five attempts."]) + "\n"
    return r.choice(["Training note: the key machine asks for the console password only in service mode. Staff don't need it for normal cutting.",
                     "Reminder: the card terminal never asks you to type the shop's password. If it does, call the help line on the back of the terminal."]) + "\n"


def g_ssh(r, kind):
    key = rbytes(r, 32)
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + key
    pub = b64(blob)
    fp = "SHA256:" + b64(hashlib.sha256(blob).digest()).rstrip("=")
    host = r.choice(["cutter-01.keys.lan", "engraver.tailor.lan", "nas.cobbler.lan"])
    if kind == "known_hosts_file":
        return "%s ssh-ed25519 %s\n" % (host, pub)
    return "# %s:22 SSH-2.0-OpenSSH_9.6\n%s ssh-ed25519 %s\n256 %s %s (ED25519)\n" % (host, host, pub, fp, host)


def g_sig(r, kind):
    body = b'{"event":"fitting.booked","id":"%s"}' % uuid4(r).encode()
    sig = hmac.new(rbytes(r, 32), body, hashlib.sha256).hexdigest()
    if kind == "webhook_request_dump":
        return "POST /hooks/fittings HTTP/1.1\nContent-Type: application/json\nX-Fitting-Signature: sha256=%s\nX-Fitting-Timestamp: %d\n\n%s\n" % (
            sig, 1718000000 + r.randrange(10 ** 6), body.decode())
    return "verify webhook id=%s expected=%s got=%s result=match\n" % (uuid4(r), sig[:16] + "…", sig[:16] + "…")


def g_git(r, kind):
    commits = [rs(r, HEX, 40) for _ in range(3)]
    if kind == "deploy_changelog":
        return "".join("%s %s\n" % (c, r.choice(["fix hem note crash", "bump claim-stub client", "locker bay sync retry", "add engraving fonts"])) for c in commits)
    return "".join("registry.tailor.lan/%s@sha256:%s\n" % (r.choice(["board", "lockers", "stamps"]), hashlib.sha256(rbytes(r, 40)).hexdigest()) for _ in range(2))


CLASSES = [
    ("key_code_series_and_blank_refs", ["key_code_lookup_result", "blank_cross_reference_csv"], g_keycode,
     "key codes, bitting numbers and blank cross-references (public identifiers)"),
    ("transponder_chip_reads", ["transponder_reader_log", "chip_compat_table_md"], g_transponder,
     "transponder chip types and UIDs from a reader log and a compatibility table"),
    ("garment_tickets_with_damm_check", ["garment_ticket_print_log", "alteration_job_export_csv"], g_damm,
     "8-digit garment ticket numbers whose last digit is a real Damm check digit"),
    ("claim_stubs_with_verhoeff_check", ["claim_stub_batch_txt", "repair_claims_json"], g_verhoeff,
     "9-digit shoe-repair claim stubs whose last digit is a real Verhoeff check digit"),
    ("measurement_profile_numbers", ["measurement_profile_json", "fitting_card_ocr"], g_measure,
     "body measurements and profile UUIDv4s (personal data, not credentials)"),
    ("parcel_locker_sscc_and_bay_ids", ["locker_drop_log", "courier_manifest_tsv"], g_sscc,
     "SSCC-18 parcel codes with a real GS1 check digit, locker bank and bay numbers"),
    ("card_receipt_masked_pan_and_auth_codes", ["terminal_receipt_text", "settlement_report_csv"], g_receipt,
     "masked card numbers, TIDs, MIDs, AIDs and 6-digit authorisation codes"),
    ("loyalty_card_numbers_ean13", ["stamp_card_member_export", "loyalty_scan_log"], g_ean,
     "in-store (prefix 29) EAN-13 loyalty card numbers with a real check digit"),
    ("engraving_job_texts_and_svg_digests", ["engraving_queue_json", "engraving_order_email"], g_engrave,
     "engraving texts and SHA-256 digests of artwork files (real digests of random bytes)"),
    ("supplier_iban_and_sort_codes", ["supplier_invoice_text", "payment_run_csv"], g_iban,
     "GB IBANs with real ISO 13616 mod-97 check digits, BICs and sort codes (for paying in)"),
    ("checkout_publishable_and_client_keys", ["shop_checkout_html_head", "pos_app_public_config_json"], g_public,
     "Stripe `pk_live_`, Square `sq0idp-` application ids, a browser Maps key, an Algolia search-only key, a Mollie profile id"),
    ("placeholder_secrets_in_shop_readmes", ["integration_setup_readme", "env_example_file"], g_placeholder,
     "`csr1_<30 base62>_<adler32>`, `ftwh_XXXX…`, `<your-terminal-key>`, empty values, `${…:?…}`, an all-zero 64-hex key, `ctk_live_xxxx…`, `changeme`"),
    ("redacted_values_in_terminal_logs", ["card_terminal_debug_log", "deploy_output_masked"], g_redacted,
     "stars with a 4-character tail, `[FILTERED]`, `***`, bullets, `eyJ***`, `<redacted>`"),
    ("secret_store_references_in_tailor_infra", ["helm_values_secret_refs", "env_with_vault_refs"], g_secretref,
     "Kubernetes `secretKeyRef`, `ref+vault://`, `vault:` paths, Key Vault references, `ref+awsssm://`"),
    ("sops_and_ansible_vault_ciphertext", ["sops_encrypted_yaml", "ansible_vault_file"], g_cipher,
     "SOPS `ENC[AES256_GCM,…]` values and `$ANSIBLE_VAULT;1.1;AES256` bodies (random bytes in the right frame)"),
    ("pbkdf2_and_argon2_staff_hashes", ["staff_accounts_sql_dump", "django_auth_user_fixture"], g_hashes,
     "Django `pbkdf2_sha256$100000$…` (real PBKDF2 of discarded random bytes) and `$argon2id$` strings (random in frame)"),
    ("password_policy_prose_in_shop_handbook", ["staff_handbook_it_section", "till_training_notes"], g_prose,
     "handbook and training text about passwords with no password in it"),
    ("ssh_host_keys_and_fingerprints", ["known_hosts_file", "ssh_keyscan_output"], g_ssh,
     "ssh-ed25519 public host keys (real wire format around random key bytes) and their real SHA256 fingerprints"),
    ("webhook_signature_headers", ["webhook_request_dump", "signature_verify_log"], g_sig,
     "HMAC-SHA256 signature outputs and timestamps of fitting webhooks (outputs, not keys)"),
    ("git_commits_and_image_digests", ["deploy_changelog", "container_image_lock"], g_git,
     "40-hex commit ids and `sha256:` image digests"),
]
WRAPPERS = [
    (None, None),
    ("in_tailor_team_telegram_chat", "[Telegram · Shop team] Ana: pasting this here so we have it:\n{X}Ana: ignore the numbers, just for reference\n"),
    ("in_locksmith_supplier_email", "From: support@blanks-supplier.example\nSubject: Re: your query\n\nPlease see below:\n\n{X}\nBest,\nSupplier support\n"),
    ("in_shop_pos_forgejo_issue", "### Issue #%d: odd output from the shop tools\n\n```\n{X}```\n\nIs this expected?\n"),
    ("in_shop_confluence_page", "h2. Reference (owner: IT)\n\n{code}\n{X}{code}\n"),
]


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    n = 1
    for cname, kinds, gen, _ in CLASSES:
        for kind in kinds:
            for wname, wtpl in WRAPPERS:
                for _ in range(100):
                    body = gen(rng, kind)
                    if wtpl is None:
                        text = body
                    else:
                        t = wtpl.replace("%d", str(rng.randrange(10, 400)))
                        text = t.replace("{X}", body)
                    if not any(s in text for s in reg.items if len(s) >= 6):
                        break
                else:
                    raise RuntimeError("negative redraw failed")
                cont = kind if wname is None else kind + "__" + wname
                recs.append({"id": "p195-n-%04d" % n, "class": cname, "container": cont, "text": text, "source": "negative"})
                n += 1
    return recs
