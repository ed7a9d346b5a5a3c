"""Hard negatives: 15 classes x 2 network / telecom base kinds x 6 presentations + 5 documentation records."""
import base64, hashlib, hmac, random
from common import *

SEED = 6106

def _mac(r): return ":".join("%02x" % r.randrange(256) for _ in range(6))

def wg_pub(r):
    return "[Peer]\n# %s\nPublicKey = %s\nAllowedIPs = %s/32\nEndpoint = %s:51820\n" % (site(r), b64(r, 32), ip(r), ip(r))
def ios_cert(r):
    rows = "\n".join("  " + " ".join(hexs(r, 8, True) for _ in range(8)) for _ in range(6))
    return "crypto pki certificate chain TP-self-signed-%d\n certificate self-signed 01\n  3082024F 30820238 A0030201 02020101\n%s\n  \tquit\n" % (r.randint(10**9, 4 * 10**9), rows)
def type9(r):
    return "".join("username %s privilege 15 secret 9 $9$%s$%s\n" % (user(r), pick(r, ALNUM + "./", 14), pick(r, ALNUM + "./", 43)) for _ in range(3))
def junos_sha512(r):
    return "".join("set system login user %s authentication encrypted-password \"$6$%s$%s\"\n" % (user(r), pick(r, ALNUM + "./", 8), pick(r, ALNUM + "./", 86)) for _ in range(2))
def forti_enc(r):
    return "config system admin\n    edit \"%s\"\n        set password ENC SH2%s\n    next\nend\nconfig user local\n    edit \"vpn\"\n        set passwd ENC %s\n    next\nend\n" % (user(r), hexs(r, 60), b64(r, 48))
def sops(r):
    return "tacacs:\n    key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    version: 3.9.1\n" % (b64(r, 18), b64(r, 32), b64(r, 16))
def md5verify(r):
    return "%s#verify /md5 bootflash:c8000v-universalk9.17.%02d.01a.SPA.bin\n.......................Done!\nverify /md5 (bootflash:c8000v-universalk9.17.%02d.01a.SPA.bin) = %s\n" % (host(r), r.randint(3, 15), r.randint(3, 15), hexs(r, 32))
def rancid_sha(r):
    return "".join("%s  configs/%s\n" % (hexs(r, 40), host(r)) for _ in range(4))
def masked_run(r):
    return "tacacs-server host %s key 7 <removed>\nsnmp-server community ***** RO 99\nusername %s secret 5 *****\n" % (ip(r), user(r))
def last4(r):
    return "API keys for org %s\n  Key                              Created\n  ****************************%s  %s\n  ****************************%s  %s\n" % (site(r), hexs(r, 4), date(r), hexs(r, 4), date(r))
def angle_ph(r):
    return "hostname %s\nradius server ISE\n address ipv4 <ISE_IP> auth-port 1812\n key <RADIUS_SHARED_SECRET>\ntacacs server TAC\n key <TACACS_KEY>\n" % host(r)
def sanitized(r):
    return "Customer config (sanitized by NOC before upload):\n crypto isakmp key [REDACTED] address %s\n neighbor %s password [REDACTED]\n" % (ip(r), ip(r))
def env_refs(r):
    return "username: %s\npassword: <%%= ENV['OXIDIZED_PW'] %%>\nvars:\n  enable: \"${ENABLE_SECRET}\"\n" % user(r)
def vault_paths(r):
    return "radius_secret: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/network/%s:radius') }}\"\nsnmp_auth: \"{{ vault_snmp_auth }}\"\n" % site(r).lower()
def gns3(r):
    return "GNS3 lab %s (%s) - default logins (lab only):\n  vIOS: cisco / cisco\n  vEOS: admin / (empty)\n  VyOS: vyos / vyos\n" % (site(r), date(r))
def netconf_fake(r):
    return "def test_connect(mock_manager):\n    dev = connect(host='192.0.2.%d', username='test', password='not-a-real-password')\n    assert dev.connected\n" % r.randint(1, 254)
def meraki_ids(r):
    return "".join("L_%d  %s  N_%d\n" % (r.randint(10**17, 10**18), site(r), r.randint(10**17, 10**18)) for _ in range(4))
def netbox_uuid(r):
    return "id,uuid,name\n" + "".join("%d,%s,%s\n" % (r.randint(1, 9999), uuid4(r), host(r)) for _ in range(4))
def showver(r):
    return "Cisco IOS XE Software, Version 17.%02d.%02d\nROM: 17.%d(%dr)\n%s uptime is %d weeks\nSystem image file is \"bootflash:packages.conf\"\nConfiguration register is 0x2102\n" % (r.randint(3, 15), r.randint(1, 9), r.randint(3, 15), r.randint(1, 9), host(r), r.randint(1, 90))
def junos_pkgs(r):
    return "".join("%s [%d.%dR%d.%d]\n" % (n, r.randint(20, 24), r.randint(1, 4), r.randint(1, 3), r.randint(1, 20)) for n in ("JUNOS OS Kernel 64-bit", "JUNOS Packet Forwarding Engine", "JUNOS Routing Engine", "JUNOS Crypto Software"))
def show_inv(r):
    return "".join("NAME: \"%s\", DESCR: \"SFP-10G-LR\"\nPID: SFP-10G-LR , VID: V02 , SN: %s%s\n" % ("Te0/0/%d" % i, "FNS", updig(r, 8)) for i in range(3))
def arp_table(r):
    return "Protocol  Address          Age (min)  Hardware Addr   Type   Interface\n" + "".join("Internet  %-15s  %3d        %s  ARPA   Vlan%d\n" % (ip(r), r.randint(0, 240), _mac(r), r.randint(10, 99)) for _ in range(4))
def engine_ids(r):
    return "".join("snmp-server engineID remote %s 80000009%s\n" % (ip(r), hexs(r, 16, True)) for _ in range(3))
def ike_spi(r):
    return "IKEv2 SAs:\n" + "".join("Tunnel-id Local Remote: %s/500 %s/500  SPI I/R: %s/%s READY\n" % (ip(r), ip(r), hexs(r, 16, True), hexs(r, 16, True)) for _ in range(3))
def sim_inv(r):
    return "iccid,imsi,imei,site\n" + "".join("8944%s,2340%s,35%s,%s\n" % (digits(r, 15), digits(r, 11), digits(r, 13), site(r)) for _ in range(3))
def sip_callid(r):
    return "".join("INVITE sip:+1555%s@sbc.netops.example SIP/2.0\nCall-ID: %s@%s\nCSeq: 1 INVITE\n" % (digits(r, 7), hexs(r, 32), ip(r)) for _ in range(2))
def oid_walk(r):
    return "".join("IF-MIB::ifAlias.%d = STRING: %s-%s\n" % (r.randint(1, 600), site(r), hexs(r, 12)) for _ in range(4))
def commit_ids(r):
    return "config-backup history:\n" + "".join("%s  %s  auto-commit %s\n" % (hexs(r, 40), date(r), host(r)) for _ in range(4))
def rotation_note(r):
    return "Handover: TACACS and RADIUS shared secrets for %s were rotated tonight as planned. New values are in the vault only; nobody should paste secrets into tickets or chat." % site(r)
def aaa_policy(r):
    return "AAA policy for field techs at %s (rev %d): local enable passwords must be at least %d characters, never reused across sites, and are read from the password manager on the laptop - never written on the cabinet door." % (site(r), r.randint(2, 40), r.choice([14, 16, 20]))

CLASSES = [
 ("public_key_or_certificate", [("wireguard_peer_public_key_block", wg_pub), ("ios_pki_self_signed_cert_hex", ios_cert)]),
 ("password_hash_not_plaintext", [("ios_type9_scrypt_secret_lines", type9), ("junos_sha512crypt_login_lines", junos_sha512)]),
 ("ciphertext_or_sealed_value", [("fortios_enc_password_lines", forti_enc), ("sops_aes_gcm_yaml_value", sops)]),
 ("digest_or_checksum", [("ios_verify_md5_image_output", md5verify), ("rancid_repo_sha1_listing", rancid_sha)]),
 ("masked_partial_value", [("show_run_removed_key_output", masked_run), ("dashboard_api_key_last4_table", last4)]),
 ("placeholder_or_redacted", [("vendor_template_angle_placeholders", angle_ph), ("customer_config_sanitized_paste", sanitized)]),
 ("secret_store_reference", [("oxidized_erb_env_references", env_refs), ("ansible_hashi_vault_lookup_vars", vault_paths)]),
 ("test_fixture_fake_credential", [("gns3_lab_default_logins_note", gns3), ("netconf_unit_test_fake_password", netconf_fake)]),
 ("uuid_or_request_identifier", [("meraki_network_id_listing", meraki_ids), ("netbox_object_uuid_export", netbox_uuid)]),
 ("version_or_build_string", [("show_version_banner_capture", showver), ("junos_show_version_packages", junos_pkgs)]),
 ("hardware_serial_or_mac_address", [("show_inventory_optic_serials", show_inv), ("show_ip_arp_capture", arp_table)]),
 ("code_identifier_lookalike", [("ifalias_snmp_walk_with_hex_tags", oid_walk), ("config_backup_commit_hashes", commit_ids)]),
 ("password_prose_no_value", [("noc_secret_rotation_handover_note", rotation_note), ("field_tech_aaa_policy_paragraph", aaa_policy)]),
 ("network_protocol_identifier", [("snmp_remote_engine_id_lines", engine_ids), ("ikev2_sa_spi_table", ike_spi)]),
 ("telecom_subscriber_identifier", [("sim_iccid_imsi_imei_inventory", sim_inv), ("sip_invite_call_id_log", sip_callid)]),
]
NEW_CLASSES = ["network_protocol_identifier", "telecom_subscriber_identifier"]

WRAPPERS = [
 ("in_noc_ticket_worklog", lambda r, t: "%s worklog (%s):\n%s\n-- closed by %s\n" % (ticket(r), date(r), t.rstrip("\n"), user(r))),
 ("in_change_request_body", lambda r, t: "Change %s - pre-check output attached below.\n\n%s\nRollback: restore archive from %s.\n" % (ticket(r), t.rstrip("\n"), date(r))),
 ("in_field_tech_handover_note", lambda r, t: "Handover from field tech at %s:\n%s\nSite left secured.\n" % (site(r), t.rstrip("\n"))),
 ("in_vendor_tac_case_reply", lambda r, t: "TAC case %d - engineer reply:\nThank you for the output:\n%s\nWe will analyse and come back.\n" % (r.randint(690000000, 699999999), t.rstrip("\n"))),
 ("in_maintenance_window_email", lambda r, t: "Subject: Maintenance window %s\n\nDuring tonight's window we captured:\n%s\nRegards, NOC\n" % (date(r), t.rstrip("\n"))),
]

# Documentation values (public examples); recomputed in build checks.
def doc_values():
    t7_cisco = "0822455D0A16"  # Cisco documentation example for type 7 of "cisco"
    return {
        "cisco_type7_doc_example_in_hardening_guide": ("Hardening guide excerpt: the type 7 string %s is the textbook example (it decodes to the word cisco); type 7 is obfuscation, use type 8/9 instead." % t7_cisco, t7_cisco),
        "rfc4231_case2_hmac_in_bgp_auth_notes": ("BGP-auth lab notes: to sanity-check the HMAC-SHA-256 library we used RFC 4231 test case 2 (key \"Jefe\"), expected MAC %s." % hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest(), None),
        "md5_empty_string_in_tftp_checklist": ("TFTP checklist: if verify /md5 prints %s the file is empty - the transfer failed." % hashlib.md5(b"").hexdigest(), None),
        "sha1_abc_vector_in_nms_selftest": ("NMS self-test log: SHA1(\"abc\") = %s ... PASS" % hashlib.sha1(b"abc").hexdigest(), None),
        "rfc6238_totp_seed_in_oob_mfa_howto": ("OOB console MFA how-to: RFC 6238 test seed (ASCII 12345678901234567890) is %s in Base32 - for testing the TOTP app only." % base64.b32encode(b"12345678901234567890").decode(), None),
    }
DOC_PUBLISHED = {
    "rfc4231_case2_hmac_in_bgp_auth_notes": "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    "md5_empty_string_in_tftp_checklist": "d41d8cd98f00b204e9800998ecf8427e",
    "sha1_abc_vector_in_nms_selftest": "a9993e364706816aba3e25717850c26c9cd0d89d",
    "rfc6238_totp_seed_in_oob_mfa_howto": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
    "cisco_type7_doc_example_in_hardening_guide": "0822455D0A16",
}

def generate():
    r = random.Random(SEED)
    out = []
    for cls, kinds in CLASSES:
        for base, f in kinds:
            out.append({"class": cls, "container": base, "text": f(r), "source": "negative"})
            for wname, w in WRAPPERS:
                out.append({"class": cls, "container": base + "__" + wname, "text": w(r, f(r)), "source": "negative"})
    for kind, (text, _) in doc_values().items():
        out.append({"class": "vendor_documentation_value", "container": kind, "text": text, "source": "negative"})
    return out
