"""Hard negatives of the upholstery / restoration / antique-dealer world: no secret in any of them."""
import hashlib
import random

from common215 import (B62, HEXL, HEXU, LOWALNUM, UPALNUM, DIGITS, UPPER, LOWER, B64URL, rs, rbytes, b64, b64u,
                       uuid4, nkey_encode, crc24, mod97_iban_check, isbn13_check)

SEED = 21506
BCRYPT_AL = "./" + UPPER + LOWER + DIGITS


def k_lot_index(r):
    rows = ["GAVEL & LOT – Fine Furniture, sale GL%02d%02d" % (r.randint(1, 12), r.randint(24, 25))]
    for _ in range(4):
        lot = r.randint(1, 480)
        rows.append("Lot %d%s  %s  est. £%d–£%d" % (lot, r.choice(["", "A", ""]), r.choice(
            ["George III mahogany bureau", "Victorian walnut loo table", "Regency rosewood sofa table",
             "Ercol Windsor dining chairs (6)", "Edwardian inlaid display cabinet"]), r.randint(2, 20) * 100, r.randint(21, 60) * 100))
    rows.append("Paddle %d registered online (buyer ref B%s)" % (r.randint(100, 999), rs(r, DIGITS, 6)))
    return "\n".join(rows)


def k_paddle_csv(r):
    rows = ["paddle,buyer_ref,sale,deposit_taken,card_last4"]
    for _ in range(4):
        rows.append("%d,B%s,GL%s,%s,%s" % (r.randint(100, 999), rs(r, DIGITS, 6), rs(r, DIGITS, 4), r.choice(["yes", "no"]), rs(r, DIGITS, 4)))
    return "\n".join(rows)


def k_maker_stamps(r):
    return ("Survey notes, chair set from the Pryce estate:\n- stamped 'GILLOWS LANCASTER' on rear rail, numeral %s scratched in seat rail\n"
            "- Ercol blue label, model %d, date code %s\n- G-Plan gold label, serial %s-%s\n- ink stamp 'HEAL & SON LONDON' no. %s"
            % (rs(r, "IVX", 4), r.choice([365, 391, 400, 203, 355]), rs(r, DIGITS, 2), rs(r, DIGITS, 4), rs(r, UPALNUM, 6), rs(r, DIGITS, 5)))


def k_model_csv(r):
    rows = ["maker,model,serial,label_colour"]
    for _ in range(4):
        rows.append("%s,%s,%s%s,%s" % (r.choice(["Ercol", "G-Plan", "Parker Knoll", "Stag", "Nathan"]),
                                       rs(r, DIGITS, 3), rs(r, UPPER, 2), rs(r, DIGITS, 7), r.choice(["blue", "gold", "red"])))
    return "\n".join(rows)


def k_swatch_label(r):
    return ("SWATCH  %s-%s/%s\nColourway: %s %s\nComposition: %d%% linen %d%% cotton\nMartindale: %d,000\n"
            "Fire: BS 5852 crib 5 / source 0&1  cert %s" % (rs(r, UPPER, 2), rs(r, DIGITS, 4), rs(r, DIGITS, 2),
                                                           r.choice(["Sage", "Ochre", "Claret", "Duck egg"]), rs(r, DIGITS, 3),
                                                           r.randint(40, 70), r.randint(30, 60), r.randint(20, 90), rs(r, UPALNUM, 10)))


def k_fabric_spec(r):
    return ("Fabric spec for job J-%s\nRef: %s%s  width 140 cm  repeat 64 cm\nBatch/dye lot: %s\nPantone TCX %s-%s\nSupplier SKU: %s"
            % (rs(r, DIGITS, 4), rs(r, UPPER, 3), rs(r, DIGITS, 5), rs(r, UPALNUM, 8), rs(r, DIGITS, 2), rs(r, DIGITS, 4), rs(r, UPALNUM, 12)))


def k_foam_order(r):
    return ("FOAM CUTTING ORDER %s\nGrade: %s  density %d kg/m3  hardness %d N\nBlock %d x %d x %d mm, qty %d\nCMHR cert batch %s"
            % (rs(r, DIGITS, 6), r.choice(["RX39", "RX33", "V50", "HR45"]), r.randint(28, 50), r.randint(100, 220),
               r.randint(400, 2000), r.randint(400, 800), r.randint(50, 150), r.randint(1, 12), rs(r, UPALNUM, 9)))


def k_foam_cert(r):
    return ("Certificate of conformity – combustion modified high resilience foam\nProduct code %s, lot %s-%s\n"
            "Tested to BS 5852:2006 ignition source 5, report %s/%s\nIssued for Hessian Mills Ltd, account %s"
            % (rs(r, UPALNUM, 7), rs(r, DIGITS, 4), rs(r, UPPER, 2), rs(r, UPPER, 3), rs(r, DIGITS, 6), rs(r, DIGITS, 8)))


def k_phash_json(r):
    items = ",\n".join('  {"photo": "CR-%s-%02d.jpg", "phash": "%s", "dhash": "%s", "sha1": "%s"}' % (
        rs(r, DIGITS, 4), r.randint(1, 40), rs(r, HEXL, 16), rs(r, HEXL, 16), hashlib.sha1(rbytes(r, 40)).hexdigest())
        for _ in range(3))
    return '{"duplicates": [\n' + items + "\n]}"


def k_photo_csv(r):
    rows = ["report,photo,phash,bytes"]
    for _ in range(4):
        rows.append("CR-%s,IMG_%s.HEIC,%s,%d" % (rs(r, DIGITS, 4), rs(r, DIGITS, 4), rs(r, HEXL, 16), r.randint(900000, 4000000)))
    return "\n".join(rows)


def k_ivory(r):
    return ("Ivory Act 2018 – registration confirmed\nRegistration number: %s\nItem: Georgian tea caddy with ivory escutcheon (de minimis)\n"
            "Owner reference: %s\nKeep this number with the item when sold." % (rs(r, UPALNUM, 8), rs(r, DIGITS, 7)))


def k_cites(r):
    return ("CITES notes for lot %d (rosewood veneer, Dalbergia spp.)\nPre-convention certificate: %s%s/%s\nApplicant ref %s, APHA case %s"
            % (r.randint(1, 400), rs(r, DIGITS, 2), rs(r, UPPER, 2), rs(r, DIGITS, 6), rs(r, UPALNUM, 10), rs(r, DIGITS, 7)))


def k_export_invoice(r):
    return ("EXPORT INVOICE %s\nExporter EORI: GB%s\nConsignee: Galerie Moreau, Lyon (EORI FR%s)\n"
            "Commodity code 9706.%s (antiques > 100 years), origin GB\nMRN %s%s%s" % (rs(r, DIGITS, 6), rs(r, DIGITS, 12),
                                                                                   rs(r, DIGITS, 11), rs(r, DIGITS, 2), rs(r, DIGITS, 2), "GB", rs(r, UPALNUM, 14)))


def k_customs_csv(r):
    rows = ["item,commodity_code,value_gbp,eori,licence"]
    for _ in range(4):
        rows.append("%s,%s.%s.%s,%d,GB%s,%s" % (r.choice(["bureau", "settee", "longcase clock", "pair of chairs"]),
                                               r.choice(["9403", "9401", "9105", "9706"]), rs(r, DIGITS, 2), rs(r, DIGITS, 2),
                                               r.randint(500, 40000), rs(r, DIGITS, 12), r.choice(["OGEL", "n/a", "EL-" + rs(r, DIGITS, 6)])))
    return "\n".join(rows)


def _iban(r):
    bank = r.choice(["NWBK", "BARC", "LOYD", "MIDL"])
    bban = bank + rs(r, DIGITS, 6) + rs(r, DIGITS, 8)
    return "GB" + mod97_iban_check("GB", bban) + bban


def k_remittance(r):
    ib = _iban(r)
    return ("REMITTANCE ADVICE – Hessian Mills Ltd\nInvoice %s paid £%d.%02d\nPaid to IBAN %s (BIC %s%s)\nSort code %s-%s-%s, account %s"
            % (rs(r, DIGITS, 6), r.randint(100, 9000), r.randint(0, 99), " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)),
               ib[4:8], "GB2L", ib[8:10], ib[10:12], ib[12:14], ib[14:]))


def k_bank_change(r):
    ib = _iban(r)
    return ("Hi Hugh, please note our new bank details for foam invoices from April:\nIBAN: %s\nAccount name: Chenille & Co Ltd\n"
            "Please confirm by phone on the number you already hold before changing anything." % ib)


def _isbn(r):
    d = "978" + rs(r, DIGITS, 9)
    return d + isbn13_check(d)


def k_library_csv(r):
    rows = ["title,isbn,shelf"]
    for t in r.sample(["Miller's Antiques Handbook & Price Guide", "Practical Upholstery", "The Conservation of Furniture",
                       "English Furniture 1500-1840", "Traditional Upholstery Workshop"], 3):
        i = _isbn(r)
        rows.append('"%s",%s-%s-%s-%s-%s,%s' % (t, i[:3], i[3], i[4:8], i[8:12], i[12], rs(r, UPPER, 1) + rs(r, DIGITS, 2)))
    return "\n".join(rows)


def k_citation(r):
    return ("Comparable price taken from the price guide, ISBN %s, p. %d; see also ISBN %s for the maker's mark."
            % (_isbn(r), r.randint(20, 600), _isbn(r)))


def k_checkout_html(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n</script>\n'
            '<div class="g-recaptcha" data-sitekey="6L%s"></div>' % (rs(r, B62, 97), rs(r, B64URL, 38)))


def k_map_widget(r):
    return ('// showroom map (browser key, HTTP-referrer restricted)\nexport const maps = {\n  key: "AIza%s",\n'
            '  algoliaAppId: "%s",\n  algoliaSearchOnlyKey: "%s",\n  squareApplicationId: "sq0idp-%s",\n};'
            % (rs(r, B64URL, 35), rs(r, UPALNUM, 10), rs(r, HEXL, 32), rs(r, B64URL, 22)))


def k_env_example(r):
    return ("# .env.example – copy to .env and fill in\nJOB_SHEET_ADMIN_PASSWORD=\nPHOTO_STORE_API_KEY=rps_<your-key-here>\n"
            "LOT_WEBHOOK_SECRET=lotwh_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nCUSTOMS_BROKER_TOKEN=${CUSTOMS_BROKER_TOKEN:?set me}\n"
            "NATS_USER_SEED=SUAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nSTAND_TOTP_SECRET=changeme")


def k_setup_md(r):
    return ("## Setting up the fair-stand till\n1. Ask Hugh for the stand login – never commit it.\n"
            "2. The authenticator docs use the example seed `JBSWY3DPEHPK3PXP`; yours will differ.\n"
            "3. Put the valuation token in `VALUATION_CERT_JWT=<paste-token-here>`.\n4. Run `make till`.")


def k_access_log(r):
    return ("%s - - [14/Mar/2025:09:%02d:11 +0000] \"POST /hooks/lots?sig=[REDACTED] HTTP/1.1\" 204 0\n"
            "%s - - [14/Mar/2025:09:%02d:12 +0000] \"GET /photos/api?key=rps_****%s HTTP/1.1\" 200 5120"
            % ("10.42.0." + str(r.randint(2, 250)), r.randint(0, 59), "10.42.0." + str(r.randint(2, 250)), r.randint(0, 59), rs(r, HEXL, 4)))


def k_masked_ci(r):
    return ("$ ./deploy.sh\n+ export CUSTOMS_BROKER_TOKEN=***\n+ export NATS_USER_SEED=[MASKED]\n+ curl -H 'Authorization: Bearer ••••••••' https://lots.gavelandlot.example/api/ping\n"
            "Job %s succeeded" % rs(r, DIGITS, 7))


def k_ssm_refs(r):
    return ("Parameters:\n  DbPassword:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: /workshop/prod/%s/db_password\n"
            "Resources:\n  Jobs:\n    Properties:\n      MasterUserPassword: '{{resolve:ssm-secure:/workshop/prod/jobs/db_password:%d}}'\n"
            "      ApiKey: '{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-2:%s:secret:photo-store-%s:SecretString:key}}'"
            % (r.choice(["jobs", "lots", "slots"]), r.randint(1, 9), rs(r, DIGITS, 12), rs(r, B62, 6)))


def k_keyvault_refs(r):
    return ("App settings (patina-valuations):\nLOT_WEBHOOK_SECRET = @Microsoft.KeyVault(SecretUri=https://kv-patina-%s.vault.azure.net/secrets/lot-webhook/)\n"
            "CUSTOMS_BROKER_TOKEN = @Microsoft.KeyVault(VaultName=kv-patina-%s;SecretName=customs-broker)\nGCP: projects/%s/secrets/stand-totp/versions/latest"
            % (rs(r, LOWALNUM, 4), rs(r, LOWALNUM, 4), "patina-vals-" + rs(r, LOWER, 5)))


def _bcrypt(r):
    return "$2b$12$" + rs(r, BCRYPT_AL, 53)


def _argon(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64(rbytes(r, 16)).rstrip("=") + "$" + b64(rbytes(r, 32)).rstrip("=")


def k_accounts_dump(r):
    return ("INSERT INTO staff (login, password_hash, role) VALUES\n ('tom.r', '%s', 'upholsterer'),\n ('maggie', '%s', 'polisher');"
            % (_bcrypt(r), _argon(r)))


def k_htpasswd_bcrypt(r):
    return "# /etc/nginx/.valuers (bcrypt)\nhugh:%s\nines:%s" % (_bcrypt(r), _bcrypt(r))


def _pgp(r):
    body = b"\x85\x01\x0c\x03" + rbytes(r, r.randint(180, 260))
    enc = b64(body)
    lines = [enc[i:i + 64] for i in range(0, len(enc), 64)]
    c = crc24(body)
    return "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) + "\n=" + b64(bytes([c >> 16, (c >> 8) & 255, c & 255])) + "\n-----END PGP MESSAGE-----"


def k_pgp_email(r):
    return "Subject: valuation for insurance (encrypted)\n\nHugh – schedule attached, encrypted to your key as agreed.\n\n" + _pgp(r)


def k_pgp_backup(r):
    return "Backup note %s: provenance ledger exported and encrypted to the office key, blob below for the record.\n" % rs(r, DIGITS, 6) + _pgp(r)


def k_handbook(r):
    return r.choice([
        "Passwords: every restorer gets their own login to the job-sheet system. Choose a long phrase, never reuse the till login, and never write it on the job board. If you think someone has seen it, tell Hugh the same day.",
        "Fair weeks: the stand till logs out after ten minutes. Do not share your login with temporary porters; ask the office to create a day account instead. Passwords are never sent by WhatsApp.",
    ])


def k_rotation_email(r):
    return ("Subject: quarterly password change\n\nMorning all, it's that time again – please change your condition-report portal password before Friday. "
            "The portal will ask for the old one first. Use the password manager, not sticky notes on the spray booth door. Ticket ref IT-%s." % rs(r, DIGITS, 4))


def _fp(r):
    d = hashlib.sha256(rbytes(r, 300)).hexdigest().upper()
    return ":".join(d[i:i + 2] for i in range(0, 64, 2))


def k_x509(r):
    return ("$ openssl x509 -in lots.gavelandlot.example.pem -noout -fingerprint -sha256\nsha256 Fingerprint=%s\n"
            "$ openssl x509 -noout -serial\nserial=%s" % (_fp(r), rs(r, HEXU, 32)))


def k_pinning(r):
    return ("Certificate pinning for the dealer app (public values, safe to commit):\n  leaf: %s\n  backup pin: sha256/%s"
            % (_fp(r), b64(hashlib.sha256(rbytes(r, 64)).digest())))


def k_job_json(r):
    return ('{"job_id": "%s", "job_token_id": "%s", "lot_ref": "%s", "idempotency_key": "%s", "status": "awaiting fabric"}'
            % (uuid4(r), uuid4(r), uuid4(r), uuid4(r)))


def k_lot_audit(r):
    return "\n".join("2025-03-%02dT10:%02d:00Z lot.sync request_id=%s lot_uuid=%s ok" % (r.randint(1, 28), r.randint(0, 59), uuid4(r), uuid4(r)) for _ in range(3))


def _ssh_ed(r):
    raw = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
    return "ssh-ed25519 " + b64(raw)


def k_authorized_keys(r):
    return "# ~deploy/.ssh/authorized_keys\n%s tom@workshop-laptop\n%s hugh@showroom-mac" % (_ssh_ed(r), _ssh_ed(r))


def k_known_hosts(r):
    return "nas.oldoakrestoration.example %s\n10.42.0.17 %s" % (_ssh_ed(r), _ssh_ed(r))


def _nk(r, prefix):
    return nkey_encode(prefix, rbytes(r, 32))


def k_nats_conf(r):
    return ("accounts {\n  WORKSHOP {\n    users = [\n      { nkey: %s }\n      { nkey: %s }\n    ]\n  }\n}\n# account: %s"
            % (_nk(r, 20 << 3), _nk(r, 20 << 3), _nk(r, 0)))


def k_nsc_describe(r):
    return ("$ nsc describe user rh-logger-2\n| Name      | rh-logger-2\n| User ID   | %s\n| Issuer ID | %s\n| Max Msgs  | Unlimited"
            % (_nk(r, 20 << 3), _nk(r, 0)))


CLASSES = [
    ("auction_lot_and_paddle_numbers", "lot numbers, estimates, paddle and buyer references", [("sale_catalogue_lot_index", k_lot_index), ("paddle_registration_sheet_csv", k_paddle_csv)]),
    ("furniture_maker_stamps_and_model_numbers", "maker stamps, model numbers, label serials", [("maker_stamp_survey_notes", k_maker_stamps), ("mid_century_model_lookup_csv", k_model_csv)]),
    ("fabric_pattern_colourway_and_fire_codes", "swatch refs, colourways, Martindale counts, BS 5852 certificate numbers, dye lots", [("fabric_swatch_label_ocr", k_swatch_label), ("upholstery_fabric_spec_sheet", k_fabric_spec)]),
    ("foam_grade_and_density_specs", "CMHR foam grades, densities, batch and report numbers", [("foam_cutting_order_form", k_foam_order), ("cmhr_foam_certificate_text", k_foam_cert)]),
    ("restoration_photo_perceptual_hashes", "64-bit pHash / dHash hex and SHA-1 of condition photos (real SHA-1 of random bytes)", [("photo_dedupe_report_json", k_phash_json), ("condition_photo_index_csv", k_photo_csv)]),
    ("ivory_act_and_cites_reference_numbers", "Ivory Act registration numbers, CITES certificates, APHA cases", [("ivory_act_registration_confirmation", k_ivory), ("cites_permit_application_notes", k_cites)]),
    ("customs_commodity_codes_and_eori_numbers", "EORI numbers, commodity codes, MRNs, licence refs", [("export_invoice_customs_block", k_export_invoice), ("customs_declaration_csv", k_customs_csv)]),
    ("supplier_iban_remittance_details", "GB IBANs with real ISO 13616 mod-97 check digits, sort codes, accounts", [("supplier_remittance_advice", k_remittance), ("bank_details_change_email", k_bank_change)]),
    ("isbn_reference_library_entries", "ISBN-13s with real check digits", [("workshop_reference_library_csv", k_library_csv), ("price_guide_citation_note", k_citation)]),
    ("dealer_site_public_keys", "Stripe `pk_live_`, reCAPTCHA site key, browser Maps key, Algolia search-only key, Square application id", [("dealer_checkout_page_html", k_checkout_html), ("showroom_map_widget_config_js", k_map_widget)]),
    ("workshop_readme_placeholder_tokens", "`rps_<…>`, `lotwh_xxxx…`, `${…:?…}`, all-X nkey seed, `changeme`, the public authenticator example seed, `<paste-token-here>`", [("dotenv_example_template", k_env_example), ("till_setup_guide_markdown", k_setup_md)]),
    ("masked_credentials_in_saleroom_logs", "`[REDACTED]`, `rps_****` + 4 hex, `***`, `[MASKED]`, bullets", [("saleroom_api_access_log", k_access_log), ("deploy_pipeline_masked_output", k_masked_ci)]),
    ("vault_and_parameter_store_pointers", "`{{resolve:ssm-secure:…}}`, Secrets Manager ARNs, Key Vault references, GCP secret paths", [("cloudformation_ssm_secure_refs", k_ssm_refs), ("app_service_keyvault_refs", k_keyvault_refs)]),
    ("bcrypt_and_argon2id_hashes", "`$2b$12$` bcrypt and `$argon2id$` strings (random in frame; the column says password_hash)", [("staff_accounts_sql_dump", k_accounts_dump), ("nginx_bcrypt_user_file", k_htpasswd_bcrypt)]),
    ("pgp_armored_ciphertext_blocks", "ASCII-armoured PGP messages (random bytes with the real CRC-24 armour checksum)", [("encrypted_valuation_email", k_pgp_email), ("gpg_encrypted_backup_note", k_pgp_backup)]),
    ("workshop_it_policy_prose", "policy and reminder prose about passwords with no password in it", [("restorer_onboarding_handbook", k_handbook), ("password_rotation_reminder_email", k_rotation_email)]),
    ("tls_certificate_fingerprints", "SHA-256 certificate fingerprints (real digests of random bytes), serials, SPKI pins", [("openssl_x509_fingerprint_output", k_x509), ("cert_pinning_config_notes", k_pinning)]),
    ("job_sheet_and_lot_uuids", "UUIDv4 job, lot, request and idempotency ids under key-like names", [("job_sheet_api_json", k_job_json), ("lot_sync_audit_log", k_lot_audit)]),
    ("ssh_host_and_user_public_keys", "`ssh-ed25519` public keys (real wire format of random points)", [("deploy_authorized_keys_file", k_authorized_keys), ("known_hosts_excerpt", k_known_hosts)]),
    ("nats_user_and_account_public_nkeys", "NATS public user (`U…`) and account (`A…`) nkeys with real CRC-16", [("nats_server_accounts_conf", k_nats_conf), ("nsc_describe_user_output", k_nsc_describe)]),
]

WRAPPERS = [
    ("", None),
    ("in_workshop_whatsapp_chat", lambda b: "[21/03/2025, 11:%02d] Tom: pasting this so it's in the chat:\n%s"),
    ("in_dealer_gitea_issue", lambda b: "Issue #%d: can someone check these values?\n\n```\n%s\n```"),
    ("in_supplier_email_reply", lambda b: "> On Tue, Hessian Mills wrote (%d):\n%s\n\nThanks, all received."),
    ("in_antiques_trade_forum_post", lambda b: "Re: anyone seen this before? (post #%d)\n%s\n-- posted from the dealers' forum"),
]


def build(reg_items, start_index):
    """reg_items: registered strings (6+ characters) that must not occur in any negative."""
    rng = random.Random(SEED)
    long_items = [s for s in reg_items if len(s) >= 6]
    out = []
    idx = start_index
    seen = set()
    for cls, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for wname, wrap in WRAPPERS:
                for _ in range(50):
                    body = fn(rng)
                    if wrap:
                        text = wrap(body) % (rng.randint(1, 59), body)
                    else:
                        text = body
                    if text in seen or any(s in text for s in long_items):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(text)
                cont = kname + ("__" + wname if wname else "")
                out.append({"id": "p215-n-%04d" % idx, "class": cls, "container": cont, "text": text, "source": "negative"})
                idx += 1
    return out
