"""Hard negatives from the physical-security world: look like secrets, are not."""
import hashlib, string
from shapes104 import ALNUM, HEX

def _h(g, n): return g.s(HEX, n)

CLASSES = [
    ("onvif_device_endpoint_urns", [
        ("onvif_probe_match_uuid_urn", lambda g: f"<wsa:EndpointReference><wsa:Address>urn:uuid:{g.uuid4()}</wsa:Address></wsa:EndpointReference>\n<d:XAddrs>http://10.80.{g.r.randint(1,254)}.{g.r.randint(1,254)}/onvif/device_service</d:XAddrs>"),
        ("onvif_profile_token_listing", lambda g: "Profiles:\n" + "\n".join(f"  token=Profile_{i}{g.s(HEX,6)} VideoSourceToken=VideoSource_{i}" for i in range(1, 4))),
    ]),
    ("camera_serial_and_mac_inventory", [
        ("hikvision_serial_label_list", lambda g: "\n".join(f"DS-2CD2{g.r.randint(100,999)}G2-I{g.r.randint(2019,2025)}{g.r.randint(1000,1299)}AAWR{g.s(string.ascii_uppercase+string.digits,9)}" for _ in range(3))),
        ("axis_device_mac_serial_table", lambda g: "serial,mac\n" + "\n".join((lambda m: f"{m.upper()},{':'.join(m[i:i+2] for i in range(0,12,2))}")("accc8e" + _h(g, 6)) for _ in range(3))),
    ]),
    ("badge_credential_card_numbers", [
        ("wiegand_26bit_facility_card_pairs", lambda g: "\n".join(f"FC {g.r.randint(1,255)} / Card {g.r.randint(1,65535)}  raw={format(g.r.getrandbits(26),'07X')}" for _ in range(3))),
        ("desfire_card_uid_enrolment_csv", lambda g: "holder_id,card_uid\n" + "\n".join(f"EMP{g.r.randint(10000,99999)},04{_h(g,12).upper()}" for _ in range(3))),
    ]),
    ("firmware_image_digest_listing", [
        ("nvr_firmware_sha256_manifest", lambda g: "\n".join(f"{_h(g,64)}  digicap_V4.{g.r.randint(30,80)}.{g.r.randint(0,9)}_build{g.r.randint(220101,251231)}.dav" for _ in range(2))),
        ("panel_firmware_md5_release_note", lambda g: f"Release 7.{g.r.randint(1,9)}.{g.r.randint(0,99)} – image md5 {_h(g,32)}, bootloader md5 {_h(g,32)}"),
    ]),
    ("device_export_password_digests", [
        ("nvr_user_table_sha256_export", lambda g: "user,level,pwd_digest\n" + "\n".join(f"{u},{l},{hashlib.sha256(g.s(ALNUM,16).encode()).hexdigest()}" for u, l in (("admin", "admin"), ("viewer", "operator")))),
        ("linux_camera_shadow_md5crypt_line", lambda g: f"root:$1${g.s(ALNUM+'./',8)}${g.s(ALNUM+'./',22)}:19{g.r.randint(100,999)}:0:99999:7:::"),
    ]),
    ("handover_sheet_masked_values", [
        ("handover_tsv_asterisk_masked", lambda g: f"Site\tSystem\tItem\tValue\nBldg {g.r.randint(1,9)}\tNVR\tadmin password\t************ (see vault)\nBldg {g.r.randint(1,9)}\tACS\tsa password\t<redacted>"),
        ("vms_log_masked_credential_echo", lambda g: f"2025-04-0{g.r.randint(1,9)} 10:{g.r.randint(10,59)}:00 INFO Connecting to rtsp://admin:****@10.81.{g.r.randint(1,254)}.{g.r.randint(1,254)}:554/stream1 (credentials masked)"),
    ]),
    ("install_guide_placeholder_values", [
        ("vendor_manual_angle_placeholders", lambda g: "curl --digest -u <username>:<password> http://<camera-ip>/ISAPI/System/deviceInfo\nVERKADA_API_KEY=<your-verkada-api-key>"),
        ("dotenv_example_changeme_values", lambda g: f"# .env.example (bridge v{g.r.randint(1,9)}.{g.r.randint(0,9)})\nBRIVO_API_KEY=changeme\nNVR_ADMIN_PASS=YOUR_PASSWORD_HERE\nMQTT_BRIDGE_JWT=xxxxxxxx.xxxxxxxx.xxxxxxxx"),
    ]),
    ("secret_store_lookup_reference", [
        ("ansible_vault_lookup_expression", lambda g: f"nvr_admin_pass: \"{{{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/site{g.r.randint(10,99)}/nvr:admin') }}}}\""),
        ("azure_keyvault_reference_appsetting", lambda g: f"\"AcsDbPassword\": \"@Microsoft.KeyVault(SecretUri=https://kv-site{g.r.randint(10,99)}.vault.azure.net/secrets/acs-sa/)\""),
    ]),
    ("credential_free_stream_urls", [
        ("rtsp_channel_url_listing", lambda g: "\n".join(f"rtsp://10.82.{g.r.randint(1,254)}.{g.r.randint(1,254)}:554/Streaming/Channels/{c}01" for c in range(1, 4))),
        ("onvif_stream_uri_response", lambda g: f"<tt:Uri>rtsp://10.83.{g.r.randint(1,254)}.{g.r.randint(1,254)}/onvif-media/media.amp?profile=profile_1_h264&sessiontimeout=60&streamtype=unicast</tt:Uri>"),
    ]),
    ("wsse_nonce_and_digest_fields", [
        ("onvif_usernametoken_digest_header", lambda g: f"<wsse:UsernameToken><wsse:Username>admin</wsse:Username><wsse:Password Type=\"...#PasswordDigest\">{g.b64(20)}</wsse:Password><wsse:Nonce>{g.b64(16)}</wsse:Nonce><wsu:Created>2025-05-0{g.r.randint(1,9)}T08:00:00Z</wsu:Created></wsse:UsernameToken>"),
        ("http_digest_challenge_response", lambda g: f"WWW-Authenticate: Digest realm=\"IP Camera({g.r.randint(10000,99999)})\", qop=\"auth\", nonce=\"{g.s(HEX,32)}\", opaque=\"{g.s(HEX,32)}\"\nAuthorization: Digest username=\"admin\", response=\"{_h(g,32)}\", cnonce=\"{_h(g,16)}\", nc=00000001"),
    ]),
    ("alarm_receiver_event_codes", [
        ("contact_id_event_string", lambda g: f"SIA-DCS\"0{g.r.randint(100,999)}L0#{g.r.randint(1000,9999)}[#{g.r.randint(1000,9999)}|Nri1/BA{g.r.randint(100,999)}]_12:{g.r.randint(10,59)}:00,04-10-2025"),
        ("ademco_contact_id_receiver_log", lambda g: "\n".join(f"{g.r.randint(1000,9999)} 18 {g.r.choice(['1130','1131','3401','1602'])} 0{g.r.randint(1,8)} {g.r.randint(100,999)} {g.r.randint(0,9)}" for _ in range(3))),
    ]),
    ("cloud_console_public_identifiers", [
        ("verkada_org_camera_id_listing", lambda g: f"org_id: {g.uuid4()}\ncamera_id: {g.uuid4()}\nsite_id: {g.uuid4()}"),
        ("brivo_site_door_numeric_ids", lambda g: f"GET /v1/api/sites/{g.r.randint(100000,999999)}/access-points/{g.r.randint(1000000,9999999)}  account {g.r.randint(1000000,9999999)}"),
    ]),
    ("tls_certificate_fingerprints", [
        ("nvr_web_cert_sha256_fingerprint", lambda g: "SHA256 Fingerprint=" + ":".join(_h(g, 2).upper() for _ in range(32))),
        ("controller_cert_sha1_thumbprint", lambda g: f"Thumbprint                                Subject\n----------                                -------\n{_h(g,40).upper()}  CN=acs{g.r.randint(10,99)}.site.local"),
    ]),
    ("encrypted_device_backup_blobs", [
        ("hikvision_encrypted_config_dump", lambda g: f"configurationData (AES-encrypted, key derived on device):\n{g.b64(96)}"),
        ("openssl_salted_export_header", lambda g: "U2FsdGVkX1" + g.b64(72)[:-2]),
    ]),
    ("smart_lock_public_key_material", [
        ("ble_lock_public_key_pem_body", lambda g: "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + g.b64(60)[:-4] + "\n-----END PUBLIC KEY-----"),
        ("lock_bridge_ssh_ed25519_authorized", lambda g: f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{g.b64(33)[:-1]} tech{g.r.randint(10,99)}@integrator"),
    ]),
    ("password_rules_without_any_value", [
        ("handover_policy_paragraph", lambda g: f"After handover the site must change every default NVR and camera password within {g.r.randint(2,14)} days; passwords are never sent by e-mail or chat."),
        ("tech_chat_asks_for_password", lambda g: f"Tech {g.r.randint(10,99)}: does anyone have the admin password for the Bldg {g.r.randint(1,9)} recorder? It's not in the handover sheet."),
    ]),
]

WRAPPERS = [
    ("", "{t}"),
    ("__in_site_tech_chat", "Tech: pasting what I see on site\n```\n{t}\n```"),
    ("__in_service_ticket", "Ticket update (no credentials attached):\n{t}\n"),
    ("__in_commissioning_report", "Commissioning report – appendix C\n{t}\n-- end of appendix --"),
    ("__in_integrator_forum_post", "Forum post: is this normal output?\n\n{t}\n\nThanks in advance"),
    ("__in_vms_support_bundle", "[support-bundle/collected.txt]\n{t}\n[eof]"),
]
