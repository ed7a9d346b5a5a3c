"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import hashlib, hmac, base64

WRAPPERS = ['in_racf_audit_report', 'in_change_advisory_minutes', 'in_sap_incident_comment', 'in_batch_runbook_page', 'in_operator_console_log']

def _wrap(w, body, r):
    n = r.randint(100, 999)
    return {
        'in_racf_audit_report': 'RACF AUDIT REPORT  SYSA  PAGE %d\n----------------------------------------\n%s\n----------------------------------------\nEND OF SECTION' % (n, body),
        'in_change_advisory_minutes': 'CAB minutes, item %d\nDiscussed the following extract:\n%s\nOutcome: approved, no credential content.' % (n, body),
        'in_sap_incident_comment': 'Incident 00%d - comment (Basis):\n"""\n%s\n"""\nPlease check on your side.' % (n * 1000 + 7, body),
        'in_batch_runbook_page': '== Runbook: nightly batch, page %d ==\n%s\n== end ==' % (n, body),
        'in_operator_console_log': '\n'.join('IEA%03dI %s' % (n, l) for l in body.split('\n')),
    }[w]

def classes(g):
    r = g.r
    H = lambda n: ''.join(r.choice('0123456789abcdef') for _ in range(n))
    HU = lambda n: H(n).upper()
    B = lambda n: ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(n))
    U = lambda n: ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(n))
    L = lambda n: ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(n))
    uid = lambda: '%s-%s-4%s-a%s-%s' % (H(8), H(4), H(3), H(3), H(12))
    return [
     ('public_key_or_certificate', 'racdcert_list_certificate_dump', lambda: 'RACDCERT ID(%s) LIST(LABEL(\'TLS%d\'))\n Status: TRUST\n-----BEGIN CERTIFICATE-----\n%s\n%s\n-----END CERTIFICATE-----' % (L(6), r.randint(1, 99), 'MII' + B(61), B(40) + '=')),
     ('public_key_or_certificate', 'domino_ssh_public_key_listing', lambda: 'Person document, field SshPublicKey (%s):\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s %s@corp.example' % (L(5), B(180), L(6).lower())),
     ('placeholder_or_redacted', 'jcl_skeleton_angle_placeholders', lambda: "//%sJ JOB (ACCT),'SKEL',CLASS=A,\n//         USER=<your-userid>,PASSWORD=<your-racf-password>\n//* replace the placeholders before submit (skeleton %d)" % (L(4), r.randint(1, 999))),
     ('placeholder_or_redacted', 'sap_incident_redacted_destination', lambda: 'RFC destination Z_%s\nUSER=%s\nPASSWD=[REDACTED]\nCLIENT=%03d' % (L(5), L(7), r.randint(100, 999))),
     ('ciphertext_or_sealed_value', 'ebs_fnd_user_encrypted_columns', lambda: 'USER_NAME   ENCRYPTED_USER_PASSWORD\n%-10s  ZG%s\n%-10s  ZH%s' % (L(8), HU(78), L(8), HU(78))),
     ('ciphertext_or_sealed_value', 'jasypt_enc_wrapped_properties', lambda: 'fin.db.url=jdbc:db2://%s.corp.example:446/FINDB\nfin.db.password=ENC(%s)' % (L(5).lower(), B(44) + '==')),
     ('digest_or_checksum', 'smpe_sysmod_sha256_report', lambda: 'GIMSMP RECEIVE report\n%s  SHA256=%s\n%s  SHA256=%s' % ('UJ%05d' % r.randint(0, 99999), H(64), 'UJ%05d' % r.randint(0, 99999), H(64))),
     ('digest_or_checksum', 'ibmi_savf_md5_manifest', lambda: 'SAVF        LIB       MD5\n%-10s  PRODLIB   %s\n%-10s  PRODLIB   %s' % (L(8), H(32), L(8), H(32))),
     ('masked_partial_value', 'su01_logon_data_masked', lambda: 'User %s  Logon data\n  Password       ********\n  Password status  Productive password, last changed %d days ago' % (L(7), r.randint(1, 90))),
     ('masked_partial_value', 'ccp_account_list_last_four', lambda: 'Safe FIN-BATCH  Account %s  Secret ••••••••%s  (rotated)' % (L(7), U(4))),
     ('code_identifier_lookalike', 'cobol_program_xref_listing', lambda: 'CROSS-REFERENCE OF PROGRAM NAMES\n' + '\n'.join('%s  CALLS  %s  COPY %s' % (U(8), U(8), U(8)) for _ in range(3))),
     ('code_identifier_lookalike', 'sap_object_guid_listing', lambda: 'TADIR objects (GUIDs)\n' + '\n'.join('CLAS ZCL_%s  %s' % (L(8), HU(32)) for _ in range(3))),
     ('password_prose_no_value', 'racf_password_rules_memo', lambda: 'Memo %d: RACF passwords must be 8 characters, mixed with a number, and are changed every 60 days. Never send your password to operators or put it in JCL.' % r.randint(1, 999)),
     ('password_prose_no_value', 'ebs_reset_howto_text', lambda: 'How to reset an EBS user password (KB%d): open the Security > User > Define form, enter a temporary password, tell the user by phone, and they must change it at first logon.' % r.randint(1000, 9999)),
     ('password_hash_not_plaintext', 'usr02_salted_hash_rows', lambda: 'BNAME       PWDSALTEDHASH\n%-10s  {x-issha, 1024}%s\n%-10s  {x-issha, 1024}%s' % (L(7), B(44), L(7), B(44))),
     ('password_hash_not_plaintext', 'domino_person_httppassword_hash', lambda: 'Person: %s %s/ACME\nHTTPPassword: (G%s)' % (L(5).title(), L(7).title(), B(20))),
     ('secret_store_reference', 'ccp_lookup_query_string', lambda: 'GET /AIMWebService/api/Accounts?AppID=FIN_%s&Safe=FIN-BATCH&Object=%s-db' % (L(4), L(6).lower())),
     ('secret_store_reference', 'controlm_secret_variable_ref', lambda: '<VARIABLE NAME="%%%%DBPASS" VALUE="%%%%{SECRET:%s_DB_PWD}"/>' % L(5)),
     ('test_fixture_fake_credential', 'cobol_unit_test_dummy_logins', lambda: "      * ZUNIT TEST %d - FAKE DATA ONLY\n           MOVE 'TESTUSR' TO WS-USER\n           MOVE 'not-a-real-pass' TO WS-PWD" % r.randint(1, 99)),
     ('test_fixture_fake_credential', 'abap_unit_mock_rfc_login', lambda: "METHOD setup.\n  mo_rfc = NEW lcl_mock_rfc( user = 'DUMMY%02d' passwd = 'dummy-for-unit-tests' ).\nENDMETHOD." % r.randint(0, 99)),
     ('uuid_or_request_identifier', 'controlm_order_id_listing', lambda: 'ORDER_ID  RUN_ID                                JOB\n%s     %s  %s\n%s     %s  %s' % (U(5).lower(), uid(), L(6), U(5).lower(), uid(), L(6))),
     ('uuid_or_request_identifier', 'mq_message_id_dump', lambda: 'MsgId    : X\'414D5120514D%s\'\nCorrelId : X\'%s\'' % (HU(36), HU(48))),
     ('version_or_build_string', 'zos_ptf_level_listing', lambda: 'FMID     PTF      LEVEL\nHBB77D0  UJ%05d  %d%02d\nHDZDD10  UI%05d  %d%02d' % (r.randint(0, 99999), r.randint(20, 26), r.randint(1, 12), r.randint(0, 99999), r.randint(20, 26), r.randint(1, 12))),
     ('version_or_build_string', 'ibmi_ptf_group_status', lambda: 'PTF group  Level  Status\nSF99740    %d     Installed\nSF99738    %d     Installed' % (r.randint(1, 40), r.randint(1, 40))),
     ('mainframe_dataset_name', 'sysout_allocation_list', lambda: 'IEF285I   PROD.%s.G%04dV00    CATALOGED\nIEF285I   SYS%d.T%06d.RA000.%s.R0%d    DELETED' % (L(6), r.randint(0, 9999), r.randint(10, 99), r.randint(0, 999999), L(7), r.randint(100000, 999999))),
     ('mainframe_dataset_name', 'ibmi_wrkobj_listing', lambda: 'Object      Library     Type      Attribute\n%-10s  PRODLIB     *FILE     PF\n%-10s  PRODLIB     *PGM      RPGLE' % (L(8), L(8))),
     ('sap_transport_request_key', 'stms_import_queue_listing', lambda: 'Import queue PRD\n' + '\n'.join('PRDK9%05d  %s  %s' % (r.randint(0, 99999), L(7), 'Workbench') for _ in range(3))),
     ('sap_transport_request_key', 'sap_note_number_list', lambda: 'Implemented SAP Notes: ' + ', '.join(str(r.randint(1000000, 3500000)) for _ in range(5))),
     ('batch_job_run_identifier', 'jes2_job_number_listing', lambda: 'ST\nJOBNAME  JOBID     OWNER    RC\n%-8s JOB%05d  %s  CC 0000\n%-8s JOB%05d  %s  CC 0004' % (L(8), r.randint(0, 99999), L(7), L(8), r.randint(0, 99999), L(7))),
     ('batch_job_run_identifier', 'tws_plan_run_ids', lambda: 'Job stream instance ID  %s\nJob run number %d, plan run %s' % ('0AAAAAAAAA' + U(6), r.randint(1000, 99999), U(12))),
    ]

def docs():
    """Documented public values; recomputed and asserted."""
    d = []
    v = hmac.new(b'\x0b' * 20, b'Hi There', hashlib.sha256).hexdigest()
    assert v == 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'
    d.append(('rfc4231_case1_in_mq_exit_signing_doc', 'RFC 4231 test case 1 (key = 20 x 0x0b, data "Hi There") must give HMAC-SHA-256\n' + v + '\nUse it to validate the channel exit before go-live.', v))
    v = hashlib.sha1(b'').hexdigest()
    assert v == 'da39a3ee5e6b4b0d3255bfef95601890afd80709'
    d.append(('sha1_empty_input_in_ftp_transfer_runbook', 'If the transferred file is empty its SHA-1 is ' + v + ' - treat that as a failed extract.', v))
    v = hashlib.sha512(b'abc').hexdigest()
    assert v.startswith('ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a') and v.endswith('a54ca49f')
    d.append(('sha512_abc_vector_in_icsf_selftest', 'ICSF self-test: SHA-512("abc") =\n' + v, v))
    v = hashlib.md5(b'abc').hexdigest()
    assert v == '900150983cd24fb0d6963f7d28e17f72'
    d.append(('md5_abc_vector_in_cobol_hash_test', "      * EXPECTED MD5 OF 'abc' (RFC 1321 test suite)\n           MOVE '" + v + "' TO WS-EXPECTED.", v))
    v = base64.b32encode(b'12345678901234567890').decode()
    assert v == 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
    d.append(('rfc6238_seed_in_mfa_rollout_guide', 'The RFC 6238 appendix uses the ASCII seed 12345678901234567890, i.e. Base32 ' + v + '; do not use it for real RACF MFA tokens.', v))
    return d
