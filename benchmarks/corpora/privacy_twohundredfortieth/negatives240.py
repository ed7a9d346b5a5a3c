"""Hard negatives of the choir / orchestra / concert-hall world: no secret in any of them."""
import base64
import hashlib
import json
import random
import struct

from common240 import (ALNUM, LALNUM, UALNUM, HEX, UHEX, B64URL, DIGITS, UPPER, LOWER, PEOPLE, PUBLIC_HOSTS,
                       rand_str, rand_bytes, uuid4, ean13_check, iswc_check, iso7064_97_10_check,
                       b64url_nopad, sha256_hex)

SEED = 24006
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BCRYPT_ALPH = "./" + UPPER + LOWER + DIGITS

COMPOSERS = [("J.S. Bach", "Cantata", "BWV", (4, 248)), ("Mozart", "Symphony", "K.", (16, 626)),
             ("Haydn", "Symphony", "Hob. I:", (1, 104)), ("Schubert", "Mass", "D.", (105, 950)),
             ("Vivaldi", "Gloria", "RV", (580, 600)), ("Brahms", "Motet", "Op.", (29, 110)),
             ("Beethoven", "Overture", "Op.", (43, 138)), ("Handel", "Anthem", "HWV", (250, 268))]
WORKS = ["Ein deutsches Requiem", "Messiah", "St John Passion", "Gloria in D", "Requiem in D minor",
         "The Creation", "Carmina Burana", "Vespers", "Mass in B minor", "Stabat Mater"]


def ismn(rng):
    body = "9790" + rand_str(rng, DIGITS, 8)
    d = body + ean13_check(body)
    return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:8], d[8:12], d[12])


def iswc(rng):
    d9 = rand_str(rng, DIGITS, 9)
    return "T-%s.%s.%s-%s" % (d9[:3], d9[3:6], d9[6:9], iswc_check(d9))


def ean13(rng, prefix=""):
    body = prefix + rand_str(rng, DIGITS, 12 - len(prefix))
    return body + ean13_check(body)


def gb_iban(rng):
    bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + rand_str(rng, DIGITS, 14)
    return "GB" + iso7064_97_10_check(bban + "GB") + bban


def ulid(rng):
    return rand_str(rng, "0123456789ABCDEFGH", 1) + rand_str(rng, CROCKFORD, 25)


def ssh_ed25519(rng):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rand_bytes(rng, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def colon_hex(b):
    return ":".join("%02X" % x for x in b)


# ------------------------------------------------------------------ base kinds
def k_publisher_catalogue_listing(rng):
    lines = ["Bärenreiter / Novello choral catalogue – spring supplement", ""]
    for _ in range(4):
        lines.append("%-28s vocal score   ISMN %s   plate %s %d   £%d.%02d" % (
            rng.choice(WORKS), ismn(rng), rng.choice(["BA", "NOV", "EP", "CV"]), rng.randint(1000, 9999),
            rng.randint(6, 24), rng.choice([0, 50, 95])))
    return "\n".join(lines) + "\n"


def k_library_acquisition_csv(rng):
    rows = ["ismn,title,publisher,copies,shelf"]
    for _ in range(4):
        rows.append("%s,%s,%s,%d,%s%d" % (ismn(rng), rng.choice(WORKS), rng.choice(["Novello", "Carus", "Peters",
                    "Bärenreiter"]), rng.randint(20, 80), rng.choice("ABCDE"), rng.randint(1, 40)))
    return "\n".join(rows) + "\n"


def k_pro_work_registration_form(rng):
    return ("PRS work registration – confirmation\nWork title: %s (arr. for SATB and strings)\nISWC: %s\n"
            "Composer IPI: %s\nArranger IPI: %s\nTune code: %s\nStatus: registered\n" % (
                rng.choice(["Sussex Carol", "In the Bleak Midwinter", "Down Ampney", "Deep River"]), iswc(rng),
                rand_str(rng, DIGITS, 11), rand_str(rng, DIGITS, 11), rand_str(rng, DIGITS, 6) + "EN"))


def k_recording_metadata_sheet(rng):
    lines = ["Track | Title | ISRC | Duration"]
    for i in range(1, 5):
        lines.append("%d | %s | GB-%s-24-%05d | %d:%02d" % (i, rng.choice(WORKS), rand_str(rng, UALNUM, 3),
                     rng.randint(1, 99999), rng.randint(2, 11), rng.randint(0, 59)))
    lines.append("Album UPC: %s   Catalogue: LVC%03d" % (ean13(rng, "05")[1:], rng.randint(1, 999)))
    return "\n".join(lines) + "\n"


def k_concert_programme_listing(rng):
    lines = ["PROGRAMME – Saturday %d March, 7.30pm" % rng.randint(1, 28)]
    for comp, form, cat, (lo, hi) in rng.sample(COMPOSERS, 4):
        lines.append("%s   %s, %s %d" % (comp, form, cat, rng.randint(lo, hi)))
    lines.append("Interval – 20 minutes")
    return "\n".join(lines) + "\n"


def k_librarian_parts_inventory(rng):
    lines = ["Parts inventory – orchestral library"]
    for comp, form, cat, (lo, hi) in rng.sample(COMPOSERS, 4):
        lines.append("%s %s %d – set %d-%d-%d-%d-%d – shelf %s%d" % (
            comp, cat, rng.randint(lo, hi), rng.randint(6, 10), rng.randint(6, 8), rng.randint(4, 6),
            rng.randint(4, 5), rng.randint(2, 4), rng.choice("CDEF"), rng.randint(1, 30)))
    return "\n".join(lines) + "\n"


def k_box_office_order_confirmation(rng):
    row = rng.choice("ABCDEFGHJK")
    s = rng.randint(1, 30)
    return ("Your booking is confirmed\nOrder: RH-2024-%06d\nEvent: %s\nSeats: Stalls row %s, seats %d–%d\n"
            "Ticket barcodes: %s, %s\nCollect from the box office from 6.30pm.\n" % (
                rng.randint(1, 999999), rng.choice(WORKS), row, s, s + 1, ean13(rng, "24"), ean13(rng, "24")))


def k_seat_allocation_export_csv(rng):
    rows = ["order_ref,section,row,seat,band,barcode"]
    for _ in range(4):
        rows.append("RH-%06d,%s,%s,%d,%s,%s" % (rng.randint(1, 999999), rng.choice(["Stalls", "Circle", "Choir"]),
                    rng.choice("ABCDEFGH"), rng.randint(1, 30), rng.choice("ABCD"), ean13(rng, "24")))
    return "\n".join(rows) + "\n"


def k_instrument_insurance_schedule(rng):
    return ("Schedule of instruments – policy MUS/%06d\n1. Steinway Model D concert grand, serial %d, value £145,000\n"
            "2. Cello, Italian school c.1780, label 'Gagliano', ref INS-%04d\n3. Bow, W.E. Hill & Sons No. %d\n"
            "4. Timpani (4), Adams Philharmonic, serials %s–%s\n" % (
                rng.randint(1, 999999), rng.randint(500000, 620000), rng.randint(1, 9999), rng.randint(100, 3000),
                rand_str(rng, DIGITS, 6), rand_str(rng, DIGITS, 6)))


def k_av_rack_asset_register(rng):
    return ("Asset | Model | Serial | MAC | Firmware\nFOH-01 | Yamaha CL5 | %s | %s | V5.81\n"
            "STG-02 | Shure ULXD4Q | %s | %s | 2.7.6\nLX-01 | ETC Ion Xe | %s | %s | 3.2.7\n" % (
                rand_str(rng, UALNUM, 9), colon_hex(rand_bytes(rng, 6)), rand_str(rng, UALNUM, 10),
                colon_hex(rand_bytes(rng, 6)), rand_str(rng, UALNUM, 8), colon_hex(rand_bytes(rng, 6))))


def k_checkout_page_html_head(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe("pk_live_51%s");</script>\n'
            '<div class="g-recaptcha" data-sitekey="6L%s"></div>\n'
            '<script src="https://maps.googleapis.com/maps/api/js?key=AIza%s&callback=initVenueMap"></script>\n' % (
                rand_str(rng, ALNUM, 97), rand_str(rng, B64URL, 38), rand_str(rng, B64URL, 35)))


def k_scanner_app_public_config_json(rng):
    doc = {"squareApplicationId": "sq0idp-" + rand_str(rng, B64URL, 22),
           "algolia": {"appId": rand_str(rng, UALNUM, 10), "searchOnlyKey": rand_str(rng, HEX, 32)},
           "mapboxPublicToken": "pk." + b64url_nopad(json.dumps({"u": "riversidehall", "a": rand_str(rng, LALNUM, 25)},
                                                                 separators=(",", ":")).encode()) + "." + rand_str(rng, ALNUM, 22),
           "note": "public client-side values only"}
    return json.dumps(doc, indent=2) + "\n"


def k_integration_readme_section(rng):
    return ("## Configuring the ticketing integrations\n\nCopy `.env.example` to `.env` and fill in:\n\n"
            "    SPEKTRIX_API_V3_SECRET_KEY=<your-spektrix-secret-key>\n    STRIPE_LIVE_SECRET_KEY=sk_live_...\n"
            "    TWILIO_ACCOUNT_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\nNever commit the real values; ask %s "
            "for access to the vault.\n" % rng.choice(PEOPLE))


def k_dotenv_example_file(rng):
    return ("# .env.example – copy to .env\nAPP_KEY=\nTICKET_TAILOR_API_KEY=changeme\nMAILCHIMP_MARKETING_API_KEY="
            "${MAILCHIMP_KEY}\nGROQ_API_KEY=gsk_REPLACE_ME\nDB_HOST=%s\nDB_PASSWORD=\n" % rng.choice(PUBLIC_HOSTS))


def k_vendor_settings_screenshot_ocr(rng):
    return ("[screenshot OCR – Integrations › API keys]\nSecret key   sk_live_••••••••••••••••%s   [Reveal] [Roll key]\n"
            "Webhook signing secret   whsec_••••••••••••   [Reveal]\nLast used: %d min ago\n" % (
                rand_str(rng, ALNUM, 4), rng.randint(2, 59)))


def k_ci_pipeline_log_masked(rng):
    return ("$ export TWILIO_ACCOUNT_AUTH_TOKEN=***\n$ export GOCARDLESS_LIVE_ACCESS_TOKEN=[MASKED]\n"
            "$ ./deploy.sh --env production\nUsing key ********%s\nDeploy %d finished in %ds\n" % (
                rand_str(rng, LALNUM, 4), rng.randint(1000, 9999), rng.randint(30, 300)))


def k_onepassword_and_doppler_refs_env(rng):
    return ("SPEKTRIX_API_V3_SECRET_KEY=op://Box Office/Spektrix API/credential\n"
            "BREVO_SMTP_API_KEY=op://Box Office/Brevo/credential\nDATABASE_URL=${DOPPLER_DATABASE_URL}\n"
            "AWS_SECRET_ARN=arn:aws:secretsmanager:eu-west-2:%s:secret:boxoffice/prod-%s\n" % (
                rand_str(rng, DIGITS, 12), rand_str(rng, ALNUM, 6)))


def k_helm_values_external_refs(rng):
    return ("web:\n  existingSecret: boxoffice-integrations\n  env:\n    - name: STRIPE_LIVE_SECRET_KEY\n"
            "      valueFrom:\n        secretKeyRef:\n          name: boxoffice-integrations\n          key: stripe\n"
            "externalSecret:\n  remoteRef:\n    key: secret/data/boxoffice/%s\n    property: stripe\n" % rng.choice(
                ["prod", "staging", "gala-2024"]))


def k_member_portal_users_dump(rng):
    rows = [" id | email                          | password_digest", "----+--------------------------------+---------"]
    for i in range(3):
        rows.append(" %2d | %-30s | $2a$12$%s" % (rng.randint(1, 99), rng.choice(["alto", "bass", "tenor", "soprano"]) +
                    str(rng.randint(10, 99)) + "@" + rng.choice(PUBLIC_HOSTS), rand_str(rng, BCRYPT_ALPH, 53)))
    return "\n".join(rows) + "\n"


def k_shadow_file_excerpt(rng):
    return ("hallops:$y$j9T$%s$%s:19795:0:99999:7:::\nlibrarian:$6$%s$%s:19720:0:99999:7:::\n"
            "nobody:*:19000:0:99999:7:::\n" % (rand_str(rng, BCRYPT_ALPH, 22), rand_str(rng, BCRYPT_ALPH, 43),
                                              rand_str(rng, BCRYPT_ALPH, 16), rand_str(rng, BCRYPT_ALPH, 86)))


def k_authorized_keys_listing(rng):
    return ("# ~hallops/.ssh/authorized_keys\n%s %s@stage-laptop\n%s %s@librarian-mac\n" % (
        ssh_ed25519(rng), rng.choice(["avtech", "hallops"]), ssh_ed25519(rng), "librarian"))


def k_certificate_details_output(rng):
    return ("$ openssl x509 -in tickets.crt -noout -serial -fingerprint -sha256 -subject\nserial=%s\n"
            "sha256 Fingerprint=%s\nsubject=CN = tickets.%s\n" % (
                rand_bytes(rng, 16).hex().upper(), colon_hex(rand_bytes(rng, 32)), rng.choice(PUBLIC_HOSTS)))


def k_flac_metaflac_md5_listing(rng):
    lines = ["$ metaflac --show-md5sum *.flac"]
    for i in range(1, 5):
        lines.append("%02d_%s.flac:%s" % (i, rng.choice(["kyrie", "gloria", "credo", "sanctus", "agnus"]),
                                          hashlib.md5(rand_bytes(rng, 32)).hexdigest()))
    return "\n".join(lines) + "\n"


def k_recording_archive_manifest(rng):
    lines = ["# SHA256SUMS – concert archive 2024-03-09"]
    for name in ["mix_stereo.wav", "ambisonic_a.wav", "video_cam1.mov"]:
        lines.append("%s  %s" % (sha256_hex(rand_bytes(rng, 40)), name))
    return "\n".join(lines) + "\n"


def k_stream_schedule_page(rng):
    return ("Watch the concert live\nYouTube: https://www.youtube.com/watch?v=%s\nVimeo event: https://vimeo.com/event/%d\n"
            "Direct HLS (for the foyer screens): https://stream.mux.com/%s.m3u8\n" % (
                rand_str(rng, B64URL, 11), rng.randint(1000000, 9999999), rand_str(rng, ALNUM, 40)))


def k_video_platform_export_csv(rng):
    rows = ["video_id,title,duration,views"]
    for _ in range(4):
        rows.append("%s,%s,%d:%02d:%02d,%d" % (rand_str(rng, B64URL, 11), rng.choice(WORKS), rng.randint(0, 2),
                    rng.randint(0, 59), rng.randint(0, 59), rng.randint(50, 50000)))
    return "\n".join(rows) + "\n"


def k_donation_page_footer(rng):
    return ("Lindenvale Choral Society is a registered charity in England and Wales (no. %d).\n"
            "Donate by bank transfer: IBAN %s · Sort code %02d-%02d-%02d · Account %s\nGift Aid reference: %s\n" % (
                rng.randint(1000000, 1199999), gb_iban(rng), rng.randint(10, 99), rng.randint(10, 99),
                rng.randint(10, 99), rand_str(rng, DIGITS, 8), rand_str(rng, UPPER, 2) + rand_str(rng, DIGITS, 5)))


def k_gift_aid_claim_summary(rng):
    return ("Gift Aid claim summary\nHMRC charity reference: %s\nClaim reference: GA-%d-%04d\nDonations included: %d\n"
            "Total claimed: £%d.%02d\nSubmitted by: %s\n" % (
                rand_str(rng, UPPER, 2) + rand_str(rng, DIGITS, 5), 2024, rng.randint(1, 9999), rng.randint(20, 400),
                rng.randint(100, 9000), rng.randint(0, 99), rng.choice(PEOPLE)))


def k_ansible_vault_encrypted_file(rng):
    body = rand_bytes(rng, 120).hex().encode().hex()
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [body[i:i + 80] for i in range(0, len(body), 80)]
    return "# group_vars/hall_servers/vault.yml\n" + "\n".join(lines) + "\n"


def k_laravel_encrypted_payload_log(rng):
    payload = {"iv": base64.b64encode(rand_bytes(rng, 16)).decode(),
               "value": base64.b64encode(rand_bytes(rng, 48)).decode(),
               "mac": rand_bytes(rng, 32).hex(), "tag": ""}
    blob = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()
    return ("[2024-03-09 19:12:44] production.DEBUG: encrypted cookie received {\"name\":\"seat_hold\",\"value\":\"%s\"}\n"
            % blob)


def k_osc_monitor_log(rng):
    lines = []
    for _ in range(4):
        lines.append(rng.choice(["/eos/chan/%d/param/intens %.1f" % (rng.randint(1, 300), rng.uniform(0, 100)),
                                 "/cue/%d.%d/go" % (rng.randint(1, 90), rng.randint(0, 9)),
                                 "/ch/%02d/mix/fader ,f %.4f" % (rng.randint(1, 32), rng.random()),
                                 "/eos/out/active/cue/1/%d" % rng.randint(1, 200)]))
    return "OSC monitor – lighting desk\n" + "\n".join(lines) + "\n"


def k_midi_sysex_dump(rng):
    lines = ["MIDI-OX log"]
    for _ in range(3):
        lines.append("F0 7F %02X 02 01 01 %s F7   ; MSC GO cue" % (rng.randint(0, 126), " ".join(
            "%02X" % (0x30 + int(c)) for c in str(rng.randint(1, 99)))))
    lines.append("F0 43 10 3E %s F7   ; Yamaha parameter change" % " ".join("%02X" % rng.randint(0, 127) for _ in range(5)))
    return "\n".join(lines) + "\n"


def k_deploy_changelog(rng):
    lines = ["CHANGELOG – box office"]
    for v in ["2.4.1", "2.4.0", "2.3.9"]:
        lines.append("%s (%s) – %s" % (v, rand_bytes(rng, 20).hex(), rng.choice(["fix seat-hold race", "add Gift Aid export",
                     "scanner offline mode", "bump Laravel"])))
    return "\n".join(lines) + "\n"


def k_container_registry_listing(rng):
    lines = ["REPOSITORY                       TAG     DIGEST"]
    for repo in ["boxoffice-web", "boxoffice-queue", "scanner-api"]:
        lines.append("registry.%s/%s   2.4.1   sha256:%s" % (rng.choice(PUBLIC_HOSTS), repo, sha256_hex(rand_bytes(rng, 50))))
    return "\n".join(lines) + "\n"


def k_crm_export_csv(rng):
    rows = ["patron_id,event_ulid,membership_no,joined"]
    for _ in range(3):
        rows.append("%s,%s,LCS-%05d,20%02d-%02d-%02d" % (uuid4(rng), ulid(rng), rng.randint(1, 99999),
                    rng.randint(10, 24), rng.randint(1, 12), rng.randint(1, 28)))
    return "\n".join(rows) + "\n"


def k_api_response_json(rng):
    doc = {"order_id": uuid4(rng), "event_id": ulid(rng), "seat_ids": [rand_str(rng, LALNUM + "_-", 21) for _ in range(2)],
           "status": "paid", "request_id": "req_" + rand_str(rng, ALNUM, 14)}
    return json.dumps(doc, indent=2) + "\n"


def k_member_handbook_it_page(rng):
    return ("IT and accounts\nEvery member gets their own login to the portal; please choose a long passphrase and "
            "never reuse the one from your email. The box-office PC password is held by the front-of-house manager "
            "and changes every term. If you think a password has leaked, tell %s straight away – do not post it in "
            "the WhatsApp group.\n" % rng.choice(PEOPLE))


def k_committee_minutes_excerpt(rng):
    return ("Minutes, committee meeting %d February\nItem %d – IT: the treasurer reported that the shared box-office "
            "password was rotated after the winter concert and that the new one has been given to the duty managers "
            "in person. Action: %s to move the remaining shared logins to the password manager.\n" % (
                rng.randint(1, 28), rng.randint(3, 9), rng.choice(PEOPLE)))


def k_jwks_json_document(rng):
    doc = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rand_str(rng, B64URL, 22),
                     "n": b64url_nopad(b"\xc3" + rand_bytes(rng, 255)), "e": "AQAB"}]}
    return json.dumps(doc, indent=2) + "\n"


def k_openid_configuration_excerpt(rng):
    host = "id." + rng.choice(PUBLIC_HOSTS)
    doc = {"issuer": "https://%s/realms/choir" % host, "jwks_uri": "https://%s/realms/choir/protocol/openid-connect/certs" % host,
           "authorization_endpoint": "https://%s/realms/choir/protocol/openid-connect/auth" % host,
           "id_token_signing_alg_values_supported": ["RS256", "ES256"], "code_challenge_methods_supported": ["S256"]}
    return json.dumps(doc, indent=2) + "\n"


CLASSES = [
    ("ismn_score_edition_codes", "ISMN-13 codes of scores (979-0, real EAN-13 check digits) and plate numbers",
     [k_publisher_catalogue_listing, k_library_acquisition_csv]),
    ("iswc_and_isrc_registrations", "ISWC work codes with the real check digit, ISRC codes, IPI numbers, album UPCs",
     [k_pro_work_registration_form, k_recording_metadata_sheet]),
    ("opus_and_catalogue_numbers", "BWV, K., Hob., D., RV, HWV and opus numbers in programmes and parts lists",
     [k_concert_programme_listing, k_librarian_parts_inventory]),
    ("ticket_order_and_seat_references", "order numbers, seats and EAN-13 ticket barcodes with real check digits",
     [k_box_office_order_confirmation, k_seat_allocation_export_csv]),
    ("instrument_and_equipment_serials", "piano, bow and timpani serials, mixing-desk and radio-mic serials, MAC addresses",
     [k_instrument_insurance_schedule, k_av_rack_asset_register]),
    ("box_office_publishable_keys", "public-by-design client keys: Stripe pk_live_51, reCAPTCHA site key, Google Maps "
     "browser key (AIza), Square application id, Algolia search-only key, Mapbox pk. token",
     [k_checkout_page_html_head, k_scanner_app_public_config_json]),
    ("env_template_placeholder_values", "placeholders: <your-…>, sk_live_..., x runs, changeme, ${VAR}, REPLACE_ME, empty values",
     [k_integration_readme_section, k_dotenv_example_file]),
    ("masked_token_displays", "bullet-masked keys in settings screens, *** and [MASKED] in CI logs",
     [k_vendor_settings_screenshot_ocr, k_ci_pipeline_log_masked]),
    ("secret_store_pointer_strings", "op:// references, ${DOPPLER_…}, Secrets Manager ARNs, secretKeyRef and remoteRef pointers",
     [k_onepassword_and_doppler_refs_env, k_helm_values_external_refs]),
    ("bcrypt_and_yescrypt_hashes", "bcrypt $2a$, yescrypt $y$ and sha512crypt $6$ hashes (random in frame; the column says password_digest)",
     [k_member_portal_users_dump, k_shadow_file_excerpt]),
    ("ssh_and_tls_public_material", "ssh-ed25519 public keys (real wire framing around 32 random bytes), certificate serials and SHA-256 fingerprints",
     [k_authorized_keys_listing, k_certificate_details_output]),
    ("audio_file_checksums", "FLAC MD5 signatures and SHA-256 manifests of concert recordings (real digests of random bytes)",
     [k_flac_metaflac_md5_listing, k_recording_archive_manifest]),
    ("livestream_public_identifiers", "YouTube video ids, Vimeo event ids and public Mux playback ids",
     [k_stream_schedule_page, k_video_platform_export_csv]),
    ("charity_and_bank_references", "charity numbers, GB IBANs with real MOD 97-10 check digits, sort codes, Gift Aid references",
     [k_donation_page_footer, k_gift_aid_claim_summary]),
    ("ciphertext_and_vault_blobs", "Ansible Vault AES256 files and Laravel encrypted cookie payloads (random in frame)",
     [k_ansible_vault_encrypted_file, k_laravel_encrypted_payload_log]),
    ("show_control_message_dumps", "OSC monitor lines and MIDI Show Control / SysEx hex dumps",
     [k_osc_monitor_log, k_midi_sysex_dump]),
    ("build_and_commit_identifiers", "commit ids and image digests (real SHA-1 / SHA-256 shapes over random bytes)",
     [k_deploy_changelog, k_container_registry_listing]),
    ("record_identifier_exports", "UUIDv4 patron and order ids, ULIDs, nanoid-style seat ids, request ids",
     [k_crm_export_csv, k_api_response_json]),
    ("choir_handbook_security_prose", "handbook and committee-minutes prose about passwords with none given",
     [k_member_handbook_it_page, k_committee_minutes_excerpt]),
    ("jwks_and_oidc_public_metadata", "JWKS documents (RSA modulus, AQAB) and OpenID discovery metadata",
     [k_jwks_json_document, k_openid_configuration_excerpt]),
]
CLASS_NAMES = [c[0] for c in CLASSES]
WRAPPERS = ["in_choir_committee_email", "in_box_office_helpdesk_ticket", "in_orchestra_slack_thread",
            "in_arts_tech_forum_post"]


def kind_name(fn):
    return fn.__name__[2:]


def wrap(rng, w, body):
    if w == "in_choir_committee_email":
        return ("From: %s <secretary@lindenvale-choral-society.example>\nSubject: Re: website and box office\n\n"
                "Forwarding this for the record:\n\n%s\n-- \nLindenvale Choral Society committee\n" % (rng.choice(PEOPLE), body))
    if w == "in_box_office_helpdesk_ticket":
        return "Ticket #%d – %s\nInternal note:\n%s\nStatus: Open\n" % (
            rng.randint(40000, 59999), rng.choice(["checkout page", "scanner app", "website", "CRM export"]), body)
    if w == "in_orchestra_slack_thread":
        return "#tech-ops\n%s  %d:%02d\nis this ok to share?\n```\n%s```\n" % (
            rng.choice(PEOPLE), rng.randint(9, 22), rng.randint(0, 59), body)
    if w == "in_arts_tech_forum_post":
        return "Re: sanity check before I post this\nPosted by hall_av_%d\n\n%s\nAny thoughts welcome.\n" % (
            rng.randint(10, 99), body)
    raise KeyError(w)


def generate(bad_fn=None):
    """bad_fn(text) -> True if the text must be redrawn."""
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cname, _desc, kinds in CLASSES:
        for fn in kinds:
            for w in [None] + WRAPPERS:
                for _ in range(50):
                    body = fn(rng)
                    text = body if w is None else wrap(rng, w, body)
                    if text in seen or (bad_fn and bad_fn(text)):
                        continue
                    break
                else:
                    raise RuntimeError("negative could not be drawn: " + cname)
                seen.add(text)
                recs.append({"class": cname, "container": kind_name(fn) + ("" if w is None else "__" + w),
                             "text": text, "source": "negative"})
    return recs
