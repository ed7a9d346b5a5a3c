"""Hard negatives of the tree-surgery / firewood world: no secret, but
look-alikes of one."""
import base64
import hashlib
import json
import random

import common219 as C

R = C.rstr


def _b64(b):
    return base64.b64encode(b).decode()


# ------------------------------------------------------------ base kinds
def bs5837_tree_schedule_csv(rng):
    sp = ["Oak (Quercus robur)", "Ash (Fraxinus excelsior)", "Beech", "Sycamore", "Horse chestnut", "Lime", "Scots pine"]
    rows = ["Tree No,Species,Height m,Stem dia mm,Category,Grid ref,Tag id"]
    for i in range(4):
        rows.append("T%03d,%s,%d,%d,%s,TQ %05d %05d,OT-%s" % (rng.randrange(1, 400), rng.choice(sp), rng.randrange(6, 28),
                    rng.randrange(180, 1400), rng.choice(["A1", "A2", "B1", "B2", "C1", "U"]),
                    rng.randrange(10 ** 5), rng.randrange(10 ** 5), R(rng, C.UAN, 7)))
    return "\n".join(rows) + "\n"


def survey_tag_label_print_job(rng):
    lines = ["^XA (tag printer job %s)" % R(rng, C.HEX, 12)]
    for _ in range(3):
        lines.append("^FO40,40^BQN,2,4^FDQA,https://survey.oakridge-tree.lan/t/%s^FS ^FO40,200^FDTAG %s^FS" % (R(rng, C.LAN, 10), R(rng, C.UAN, 8)))
    lines.append("^XZ")
    return "\n".join(lines) + "\n"


def council_tpo_search_result(rng):
    return ("Tree Preservation Order search – result\nOrder: TPO/%d/%04d (Area A%d)\nUPRN: %s\nConservation area: %s\n"
            "Application: %02d/%05d/TPO – decision: granted with conditions\nCase officer ref: %s\n"
            % (rng.randrange(1985, 2024), rng.randrange(1, 300), rng.randrange(1, 9), R(rng, C.DIG, 12),
               rng.choice(["Church Row", "Mill Lane", "High Street"]), rng.randrange(18, 25), rng.randrange(100000),
               R(rng, C.UAN, 10)))


def planning_portal_notice_email(rng):
    return ("Subject: Planning Portal notice PP-%s\n\nYour notification of works to trees in a conservation area has been "
            "received. Reference: %02d/%05d/CAT. Tracking id: %s. Please quote the reference, not the tracking id.\n"
            % (R(rng, C.DIG, 8), rng.randrange(18, 25), rng.randrange(100000), C.uuid4(rng)))


def waste_transfer_note_pdf_text(rng):
    return ("WASTE TRANSFER NOTE  No. WTN-%s\nTransferor: Oakridge Tree Care Ltd   Carrier reg: CBDU%s\n"
            "EWC code: 20 02 01 (biodegradable waste)   SIC: 02200\nReceiving site permit: EPR/%s/A001\nQuantity: %.1f t chip and brash\n"
            % (R(rng, C.UAN, 8), R(rng, C.DIG, 6), R(rng, C.UPP, 2) + R(rng, C.DIG, 4) + R(rng, C.UPP, 2), rng.randrange(10, 90) / 10))


def carrier_register_lookup_json(rng):
    return json.dumps({"registration_number": "CBDU" + R(rng, C.DIG, 6), "tier": "upper",
                       "expires_on": "2026-0%d-1%d" % (rng.randrange(1, 9), rng.randrange(10)),
                       "lookup_id": C.uuid4(rng), "etag": R(rng, C.HEX, 32)}, indent=2) + "\n"


def service_log_csv(rng):
    rows = ["date,machine,serial,hours,work,ecu id"]
    for _ in range(3):
        rows.append("2024-0%d-%02d,%s,%s,%d,%s,%s" % (rng.randrange(1, 9), rng.randrange(1, 28),
                    rng.choice(["MS 261 C-M", "MS 201 TC-M", "Timberwolf TW 280", "Predator 38"]), R(rng, C.DIG, 9),
                    rng.randrange(100, 3000), rng.choice(["chain + bar", "blades turned", "air filter", "belt"]), R(rng, C.HEXU, 16)))
    return "\n".join(rows) + "\n"


def dealer_warranty_card_ocr(rng):
    return ("WARRANTY REGISTRATION\nMODEL: MS 462 C-M\nSERIAL NO: %s\nDEALER CODE: %s\nREG CODE: %s-%s-%s\nKEEP THIS CARD\n"
            % (R(rng, C.DIG, 9), R(rng, C.UAN, 6), R(rng, C.UAN, 4), R(rng, C.UAN, 4), R(rng, C.UAN, 4)))


def moisture_meter_bluetooth_export_json(rng):
    return json.dumps({"device": "MM-%s" % R(rng, C.HEXU, 6), "mac": ":".join(R(rng, C.HEXU, 2) for _ in range(6)),
                       "batch": R(rng, C.HEX, 20),
                       "readings": [{"log": i, "pct": round(rng.uniform(11, 24), 1)} for i in range(1, 5)]}, indent=1) + "\n"


def kiln_batch_label_text(rng):
    return ("KILN BATCH %s\nSpecies: ash/beech mix   Load: %d m3\nIn: 2024-05-0%d  Out: 2024-05-1%d\nAvg moisture: %.1f %%\nLabel hash: %s\n"
            % (R(rng, C.UAN, 10), rng.randrange(8, 30), rng.randrange(1, 9), rng.randrange(10),
               rng.uniform(12, 19), hashlib.sha1(C.rbytes(rng, 20)).hexdigest()))


def woodsure_certificate_footer(rng):
    return ("Ready to Burn – certified supplier. Certificate no. %s. Woodsure scheme member %s. Moisture content below 20%%.\n"
            % ("WS" + R(rng, C.DIG, 6), R(rng, C.DIG, 5)))


def firewood_bag_print_artwork(rng):
    return ("[artwork v%d] ASHGROVE KILN DRIED HARDWOOD 40L\nReady to Burn cert %s | batch %s | EAN %s\n"
            % (rng.randrange(2, 9), "WS" + R(rng, C.DIG, 6), R(rng, C.UAN, 8), _ean13(rng)))


def _ean13(rng):
    d = "50" + R(rng, C.DIG, 10)
    return d + C.gs1_check(d)


def _iban(rng):
    return C.iban_make("GB", R(rng, C.UPP, 4) + R(rng, C.DIG, 14))


def supplier_invoice_bank_details(rng):
    ib = _iban(rng)
    return ("Please pay to: Birchfell Logs Ltd\nSort code: %s-%s-%s   Account: %s\nIBAN: %s   BIC: %sGB2L\nInvoice INV-%s\n"
            % (R(rng, C.DIG, 2), R(rng, C.DIG, 2), R(rng, C.DIG, 2), ib[-8:], ib, ib[4:8], R(rng, C.DIG, 6)))


def customer_remittance_csv(rng):
    rows = ["payer,iban,amount,reference"]
    for _ in range(3):
        rows.append("%s,%s,%.2f,LOGS-%s" % (rng.choice(["J Smith", "Mill Farm", "The Old Rectory"]), _iban(rng),
                    rng.randrange(8000, 40000) / 100, R(rng, C.DIG, 5)))
    return "\n".join(rows) + "\n"


def _vat(rng):
    d = R(rng, C.DIG, 7)
    return "GB" + d + C.ukvat_check(d)


def sales_invoice_footer(rng):
    return ("Ashgrove Firewood Ltd · VAT reg %s · Company no. %s · Registered in England\n"
            % (_vat(rng), R(rng, C.DIG, 8)))


def companies_house_extract(rng):
    return ("Company number %s\nVAT registration: %s\nAuthentication is handled by post – no code is shown here.\nFiling history id: %s\n"
            % (R(rng, C.DIG, 8), _vat(rng), R(rng, C.AN, 28)))


def _sscc(rng):
    d = "0" + "50" + R(rng, C.DIG, 14)
    return d + C.gs1_check(d)


def bulk_bag_pallet_label_zpl(rng):
    s = _sscc(rng)
    return "^XA^FO50,50^BCN,120,Y,N,N^FD>;>800%s^FS^FO50,200^FDSSCC (00) %s^FS^FO50,260^FDGTIN %s^FS^XZ\n" % (s, s, _ean13(rng))


def dispatch_asn_edi_lines(rng):
    return ("UNH+%s+DESADV:D:96A:UN'\nBGM+351+ASN%s+9'\nGIN+BJ+%s'\nLIN+1++%s:SRV'\nQTY+12:%d'\n"
            % (R(rng, C.DIG, 6), R(rng, C.DIG, 6), _sscc(rng), _ean13(rng), rng.randrange(4, 40)))


def _mapbox_pk(rng):
    j = json.dumps({"u": "ashgrove", "a": R(rng, C.LAN, 25)}, separators=(",", ":"))
    return "pk." + C.b64u_nopad(j.encode()) + "." + R(rng, C.B64U, 22)


def firewood_shop_checkout_html(rng):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  // publishable key – safe in the browser\n</script>\n<div id=\"map\" data-key=\"AIza%s\" data-restrict=\"referrer\"></div>\n"
            % (R(rng, C.AN, 97), R(rng, C.B64U, 35)))


def survey_map_viewer_js(rng):
    return ("mapboxgl.accessToken = '%s'; // public token, URL-restricted\nconst search = algoliasearch('%s', '%s'); // search-only key\n"
            % (_mapbox_pk(rng), R(rng, C.UAN, 10), R(rng, C.HEX, 32)))


def arb_api_env_example(rng):
    return ("# copy to .env and fill in\nSURVEY_ADMIN_PASSWORD=\nTPO_LOOKUP_API_KEY=tpk_<account>_<your-key>\nPROBE_INGEST_TOKEN=mpi_%s\n"
            "STUMP_WEBHOOK_SECRET=${STUMP_WEBHOOK_SECRET:?set me}\nBACKUP_AGE_IDENTITY=AGE-SECRET-KEY-1...\nLABEL_FERNET_KEY=changeme\n"
            % ("X" * 40))


def contributor_setup_guide_md(rng):
    return ("## Local setup\n\n1. Ask Kerry for the `ROTA_DB_PASSWORD` (never paste it here).\n2. Put `DRIVER_APP_JWT=<your token>` in `.env.local`.\n"
            "3. Stripe test mode only: `STRIPE_RESTRICTED_LIVE_KEY=rk_live_...` stays empty locally.\n")


def deploy_pipeline_log(rng):
    return ("$ ./deploy.sh prod\n[deploy] DB_HOST=db01.ashgrove-firewood.example\n[deploy] ROUNDS_BACKOFFICE_PASSWORD=********\n"
            "[deploy] SENDGRID_API_KEY=SG.****...****\n[deploy] release %s promoted\n" % R(rng, C.HEX, 12))


def kiln_gateway_journal(rng):
    return ("May 1%d 06:0%d kiln-gw[812]: auth ok user=kiln token=[MASKED]\nMay 1%d 06:0%d kiln-gw[812]: upstream key ending …%s accepted\n"
            "May 1%d 06:0%d kiln-gw[812]: password=<redacted> length=12\n"
            % (rng.randrange(10), rng.randrange(10), rng.randrange(10), rng.randrange(10), R(rng, C.LAN, 4),
               rng.randrange(10), rng.randrange(10)))


def _enc_val(rng, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (_b64(C.rbytes(rng, n)), _b64(C.rbytes(rng, 32)), _b64(C.rbytes(rng, 16)))


def sops_secrets_enc_yaml(rng):
    return ("rota_db_password: %s\nprobe_ingest_token: %s\nsops:\n  age:\n    - recipient: %s\n  lastmodified: \"2024-05-1%dT07:11:02Z\"\n  mac: %s\n"
            % (_enc_val(rng, 14), _enc_val(rng, 49), C.bech32_encode("age", C.rbytes(rng, 32)), rng.randrange(10), _enc_val(rng, 32)))


def sops_dotenv_enc(rng):
    return ("SURVEY_ADMIN_PASSWORD=%s\nSTUMP_WEBHOOK_SECRET=%s\nsops_version=3.8.1\n" % (_enc_val(rng, 13), _enc_val(rng, 35)))


def k8s_secretkeyref_manifest(rng):
    return ("env:\n  - name: ROTA_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: rota-db\n        key: password\n"
            "  - name: DRIVER_APP_JWT\n    valueFrom:\n      secretKeyRef: {name: driver-app, key: jwt}\n")


def github_actions_secrets_context_yml(rng):
    return ("env:\n  TPO_LOOKUP_API_KEY: ${{ secrets.TPO_LOOKUP_API_KEY }}\n  SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}\n"
            "  DEPLOY_REF: %s\n" % R(rng, C.HEX, 40))


def users_table_sql_insert(rng):
    return ("INSERT INTO users (id, email, password_hash) VALUES\n (%d, 'office@oakridge-tree.example', '$argon2id$v=19$m=65536,t=3,p=4$%s$%s');\n"
            % (rng.randrange(1, 99), C.b64u_nopad(C.rbytes(rng, 16)).replace("-", "+").replace("_", "/"),
               C.b64u_nopad(C.rbytes(rng, 32)).replace("-", "+").replace("_", "/")))


def django_auth_user_fixture_json(rng):
    return json.dumps([{"model": "auth.user", "pk": rng.randrange(1, 50), "fields": {
        "username": "kerry", "password": "pbkdf2_sha256$720000$%s$%s" % (R(rng, C.AN, 22), _b64(C.rbytes(rng, 32)))}}], indent=1) + "\n"


def deploy_manifest_lock_yaml(rng):
    return ("image: registry.oakridge-tree.lan/arb/api@sha256:%s\ngit_commit: %s\nchart_digest: sha256:%s\n"
            % (hashlib.sha256(C.rbytes(rng, 40)).hexdigest(), R(rng, C.HEX, 40), hashlib.sha256(C.rbytes(rng, 40)).hexdigest()))


def git_log_oneline_output(rng):
    msgs = ["fix moisture rounding", "add TPO layer", "rota: swap chipper crews", "bump deps"]
    return "".join("%s %s\n" % (R(rng, C.HEX, 7), m) for m in msgs) + "commit %s\n" % R(rng, C.HEX, 40)


def it_induction_checklist_md(rng):
    return ("- [ ] Set your own password for the rota app (12+ characters, not a tree name on its own)\n"
            "- [ ] Turn on two-step codes on the office laptop\n- [ ] Never write the chipper immobiliser code on the dash\n"
            "- [ ] Passwords go in Bitwarden, not WhatsApp\n")


def toolbox_talk_minutes(rng):
    return ("Toolbox talk %d May: chain brake checks, then IT. Dan asked what the new van tablet password is – "
            "Kerry will tell each driver in person, it is not going in the minutes. Reminder: don't share logins.\n" % rng.randrange(1, 28))


def _minisign_pub(rng):
    return _b64(b"Ed" + C.rbytes(rng, 8) + C.rbytes(rng, 32))


def sops_age_recipients_file(rng):
    return "# .sops.yaml recipients (public keys)\n" + "".join("%s  # %s\n" % (C.bech32_encode("age", C.rbytes(rng, 32)), n)
                                                             for n in ["kerry-laptop", "ci-runner"])


def release_signing_readme(rng):
    return ("Verify downloads with minisign:\n\n    minisign -Vm arb-survey-3.2.0.tar.gz -P %s\n\nThe public key above is safe to share.\n"
            % _minisign_pub(rng))


def stripe_webhook_request_log(rng):
    return ("POST /hooks/stripe 200\nStripe-Signature: t=%d,v1=%s\nIdempotency-Key: %s\n"
            % (1715000000 + rng.randrange(9000000), R(rng, C.HEX, 64), C.uuid4(rng)))


def stump_job_webhook_delivery_log(rng):
    return ("delivery %s -> https://jobs.oakridge-tree.lan/hooks/stump\nX-Hub-Signature-256: sha256=%s\nstatus 204 in %d ms\n"
            % (C.uuid4(rng), R(rng, C.HEX, 64), rng.randrange(20, 400)))


def driver_app_jwks_json(rng):
    return json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": R(rng, C.B64U, 16),
                                 "n": C.b64u_nopad(C.rbytes(rng, 256)), "e": "AQAB"}]}, indent=1) + "\n"


def openid_configuration_json(rng):
    return json.dumps({"issuer": "https://auth.ashgrove-firewood.example", "jwks_uri": "https://auth.ashgrove-firewood.example/.well-known/jwks.json",
                       "id_token_signing_alg_values_supported": ["RS256"], "client_id": R(rng, C.AN, 32),
                       "x5t#S256": C.b64u_nopad(hashlib.sha256(C.rbytes(rng, 32)).digest())}, indent=1) + "\n"


CLASSES = [
    ("tree_survey_tag_numbers", [bs5837_tree_schedule_csv, survey_tag_label_print_job], "BS 5837 schedules and printed tree-tag codes (tag ids and QR paths look like keys)"),
    ("tpo_and_planning_application_refs", [council_tpo_search_result, planning_portal_notice_email], "TPO orders, planning and CAT references, UPRNs, UUIDv4 tracking ids"),
    ("waste_carrier_and_ewc_codes", [waste_transfer_note_pdf_text, carrier_register_lookup_json], "waste carrier registrations (CBDU), EWC and SIC codes, permit numbers, 32-hex etags"),
    ("chainsaw_and_chipper_serials", [service_log_csv, dealer_warranty_card_ocr], "machine serials, 16-hex ECU ids, dealer and warranty codes"),
    ("moisture_meter_batch_exports", [moisture_meter_bluetooth_export_json, kiln_batch_label_text], "meter ids, MACs, 20-hex batch ids, SHA-1 label hashes"),
    ("ready_to_burn_certificate_numbers", [woodsure_certificate_footer, firewood_bag_print_artwork], "Ready to Burn certificate numbers, batch codes, EAN-13 with real GS1 check digits"),
    ("invoice_iban_mod97_details", [supplier_invoice_bank_details, customer_remittance_csv], "UK IBANs with real ISO 7064 mod-97 check digits, sort codes, account numbers"),
    ("uk_vat_registration_numbers", [sales_invoice_footer, companies_house_extract], "UK VAT numbers with the real HMRC mod-97 check pair, company numbers, filing ids"),
    ("sscc_pallet_label_codes", [bulk_bag_pallet_label_zpl, dispatch_asn_edi_lines], "SSCC-18 and EAN-13 with real GS1 check digits in ZPL labels and EDI"),
    ("client_side_public_keys", [firewood_shop_checkout_html, survey_map_viewer_js], "Stripe `pk_live_51`, referrer-locked browser `AIza` key, Mapbox `pk.` (real base64url JSON), Algolia search-only key"),
    ("config_template_placeholders", [arb_api_env_example, contributor_setup_guide_md], "`.env.example` and setup-guide placeholders with the real everyday and vendor key names"),
    ("masked_credential_log_lines", [deploy_pipeline_log, kiln_gateway_journal], "`********`, `SG.****`, `[MASKED]`, `…` + 4, `<redacted>`"),
    ("sops_encrypted_yaml_values", [sops_secrets_enc_yaml, sops_dotenv_enc], "SOPS `ENC[AES256_GCM,data:…]` ciphertext (random bytes) with public age recipients"),
    ("secret_store_reference_pointers", [k8s_secretkeyref_manifest, github_actions_secrets_context_yml], "Kubernetes `secretKeyRef` and GitHub `${{ secrets.X }}` references"),
    ("argon2_and_pbkdf2_hashes", [users_table_sql_insert, django_auth_user_fixture_json], "argon2id PHC strings and Django `pbkdf2_sha256$…` (random in frame; the field is called password)"),
    ("git_and_container_image_digests", [deploy_manifest_lock_yaml, git_log_oneline_output], "image `sha256:` digests (real SHA-256 of random bytes), 40-hex commits"),
    ("crew_induction_password_talk", [it_induction_checklist_md, toolbox_talk_minutes], "induction and toolbox-talk prose about passwords with none in it"),
    ("age_recipients_and_minisign_pubkeys", [sops_age_recipients_file, release_signing_readme], "age `age1…` recipients (real Bech32 checksum, the public half of the labelled identity shape) and minisign public keys"),
    ("webhook_signature_headers", [stripe_webhook_request_log, stump_job_webhook_delivery_log], "`Stripe-Signature` and `X-Hub-Signature-256` HMAC outputs (signatures, not keys)"),
    ("jwks_public_key_documents", [driver_app_jwks_json, openid_configuration_json], "JWKS RSA public keys (base64url modulus) and OpenID metadata with a public client id"),
]

WRAPPERS = [
    ("", "{t}"),
    ("in_yard_mattermost_thread", "#yard-dev — Sam: can someone sanity-check this before I commit?\n```\n{t}```\nLee: looks fine, nothing secret in there"),
    ("in_arb_helpdesk_ticket", "Ticket ARB-{n} · priority normal · reporter office\n\n{t}\nStatus: waiting on supplier"),
    ("in_office_email_chain", "> On Tue, Jo wrote:\n> can you check the attached?\n\n{t}\n-- \nOakridge Tree Care · office"),
    ("in_arbtalk_forum_post", "Re: software for tree surveys and firewood rounds?\n\nHere's what ours produces, in case it helps:\n\n{t}\n"),
]


def generate(forbidden):
    """forbidden: list of strings that must not appear (registered 6+ and all
    positive values / hidden plains)."""
    rng = random.Random(C.SEEDS["negatives"])
    recs = []
    texts = set()
    for cname, kinds, _desc in CLASSES:
        for kind in kinds:
            for wname, wtpl in WRAPPERS:
                for _ in range(100):
                    t = kind(rng)
                    text = wtpl.format(t=t, n=rng.randrange(100, 999))
                    if text in texts or any(f in text for f in forbidden):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed")
                texts.add(text)
                cont = kind.__name__ + ("__" + wname if wname else "")
                recs.append({"class": cname, "container": cont, "text": text, "source": "negative"})
    return recs
