"""Prose, evasion and negative generation."""
import hashlib, hmac, json, random, string, zlib, base64
from common import SLOT, owner_pw, shape, USERS, HOSTS, HEXL, B64
import gen_prose, enc77

USERS_PROSE = ['aidan.k', 'farida.n', 'tomasz.w', 'li.wei', 'ngozi.o', 'pablo.r', 'sven.o', 'amira.h', 'kofi.m', 'yuki.s']


def lang_ok(code, name, deny):
    names, words, langs = set(deny['names']), set(deny['words']), set(deny['languages'])
    if code in names or code in words or code in langs:
        return False
    for w in name.lower().split():
        if w in words or w in langs:
            return False
    return True


def build_prose(deny, seed=7704):
    rng = random.Random(seed)
    ok = [c for c in gen_prose.CAND if lang_ok(c[0], c[1], deny)]
    excluded = [c[0] for c in gen_prose.CAND if not lang_ok(c[0], c[1], deny)]
    use = ok[:40]
    fmts = list(gen_prose.FORMATS)
    out = []
    for i, (code, name, sent) in enumerate(use):
        v = owner_pw(rng)
        f = fmts[i % len(fmts)]
        t = gen_prose.FORMATS[f](sent.replace('{v}', SLOT), rng.choice(USERS_PROSE), i)
        s = t.index(SLOT)
        text = t.replace(SLOT, v)
        out.append(('prose', gen_prose.TYPE, f + '__' + code, text, s, s + len(v)))
    return out, use, excluded, ok[40:]


EV_TYPES = {'database_password': 'P', 'sql_server_sa_password': 'P', 'domain_join_account_password': 'P',
            'octopus_deploy_api_key': '~API-|a27', 'github_personal_access_token': '~ghp_|A36', 'twilio_auth_token': 'H32'}
WORDINGS = {
 'patch_tuesday_cab_minutes': ('CAB minutes, Patch Tuesday window. Item 4: the account used by the WSUS sync job was rotated; {u} noted the new value {p}:', 'Action: move it to the PAM vault before Thursday.'),
 'build_break_postmortem_note': ('Post-mortem, nightly build break. Root cause was an expired credential; the replacement was left here {p}:', 'Follow-up: rotate again once the pipeline reads it from the library.'),
 'servicedesk_shift_handover_mail': ('Hi team, handover from the night shift. {u} reset the service credential on {h} and wrote it down {p}:', 'Cheers, night desk'),
}


def build_evasions(seed=7705):
    rng = random.Random(seed)
    out = []
    encs = list(enc77.ENC)
    wl = list(WORDINGS)
    tl = list(EV_TYPES)
    j = 0
    for e in encs:
        for r in range(3):
            t = tl[j % len(tl)] if e != 'morse_code_lowercase' else tl[j % 3]
            j += 1
            w = wl[r]
            while True:
                plain = shape(EV_TYPES[t], rng)
                run = enc77.ENC[e](plain)
                intro, remark = WORDINGS[w]
                head = intro.replace('{u}', rng.choice(USERS)).replace('{h}', rng.choice(HOSTS)).replace('{p}', enc77.PHRASE[e]) + '\n'
                text = head + run + '\n' + remark
                if plain not in text and text.count(run) == 1:
                    break
            out.append({'type': t, 'container': e + '__' + w, 'text': text, 'start': len(head), 'end': len(head) + len(run), 'plain': plain, 'encoding': e})
    return out


# ---------------- negatives ----------------
def rh(rng, n, al=HEXL):
    return ''.join(rng.choice(al) for _ in range(n))


def guid(rng, up=False):
    g = '-'.join(rh(rng, k) for k in (8, 4, 4, 4, 12)); return g.upper() if up else g


GVLK = {'Windows 10/11 Pro': 'W269N-WFGWX-YVC9B-4J6C9-T83GX', 'Windows 10/11 Enterprise': 'NPPR9-FWDCX-D2C8J-H872K-2YT43',
        'Windows 10/11 Education': 'NW6C2-QMPVW-D7KKK-3GKT6-VCFB2', 'Windows Server 2019 Datacenter': 'WMDGN-G9PQG-XVVXX-R3X43-63DFG',
        'Windows Server 2019 Standard': 'N69G4-B89J2-4G8F4-WWYCC-J464C'}


def b64lines(rng, n, w=64):
    s = ''.join(rng.choice(B64) for _ in range(n)); return '\n'.join(s[i:i + w] for i in range(0, len(s), w))


def sid(rng):
    return 'S-1-5-21-%d-%d-%d-%d' % (rng.randint(10 ** 9, 4 * 10 ** 9), rng.randint(10 ** 9, 4 * 10 ** 9), rng.randint(10 ** 9, 4 * 10 ** 9), rng.randint(1100, 9999))


NEG = {
 'public_key_or_certificate': {
  'signing_cert_cer_base64_export': lambda r: 'Exported public certificate (Base-64 encoded X.509 .CER) for the code-signing cert, no private key:\n-----BEGIN CERTIFICATE-----\nMIID' + b64lines(r, 700)[4:] + '\n-----END CERTIFICATE-----',
  'strong_name_public_key_output': lambda r: 'C:\\> sn -Tp Orders.Core.dll\n\nPublic key (hash algorithm: sha1):\n0024000004800000940000000602000000240000525341310004000001000100' + rh(r, 256) + '\n\nPublic key token is ' + rh(r, 16)},
 'placeholder_or_redacted': {
  'appsettings_token_substitution_template': lambda r: '{\n  "ConnectionStrings": { "Orders": "Server=%s;User Id=app;Password=#{SqlAppPassword}" },\n  "Smtp": { "Password": "__SMTP_PASSWORD__" },\n  "Octopus": { "ApiKey": "<paste-api-key-here>" }\n}' % r.choice(HOSTS),
  'support_case_redacted_pubxml': lambda r: 'Attached the publish profile for case %d as requested:\n<UserName>%s</UserName>\n<Password>[removed by submitter]</Password>\n<MSDeployServiceURL>https://%s:8172/msdeploy.axd</MSDeployServiceURL>' % (r.randint(10 ** 7, 10 ** 8), r.choice(USERS), r.choice(HOSTS))},
 'digest_or_checksum': {
  'signtool_verify_thumbprint_output': lambda r: 'C:\\> signtool verify /pa /v Orders.exe\nSigning Certificate Chain:\n    Issued to: Contoso Code Signing\n    SHA1 hash: %s\nFile hash (sha256): %s\nSuccessfully verified: Orders.exe' % (rh(r, 40, '0123456789ABCDEF'), rh(r, 64, '0123456789ABCDEF')),
  'nupkg_sha512_sidecar_listing': lambda r: '\n'.join('%s.%d.%d.%d.nupkg.sha512  %s==' % (p, r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), ''.join(r.choice(B64) for _ in range(86))) for p in ('contoso.orders.core', 'contoso.orders.data', 'contoso.logging'))},
 'ciphertext_or_sealed_value': {
  'dpapi_blob_registry_value': lambda r: '[HKEY_CURRENT_USER\\Software\\Contoso\\Agent]\n"ProtectedToken"="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA' + ''.join(r.choice(B64) for _ in range(180)) + '=="\n; DPAPI CurrentUser blob, only this user on this machine can unprotect it',
  'aspnet_regiis_rsa_protected_section': lambda r: '<connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">\n  <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element">\n    <CipherData>\n      <CipherValue>' + ''.join(r.choice(B64) for _ in range(344)) + '</CipherValue>\n    </CipherData>\n  </EncryptedData>\n</connectionStrings>'},
 'masked_partial_value': {
  'ado_pipeline_log_masked_secret': lambda r: '2024-04-02T03:1%d:07.%03dZ ##[command]dotnet nuget push out\\*.nupkg --api-key *** --source https://%s/nuget\n2024-04-02T03:1%d:09.%03dZ Your package was pushed.' % (r.randint(0, 9), r.randint(0, 999), r.choice(HOSTS), r.randint(0, 9), r.randint(0, 999)),
  'ssms_connect_dialog_dotted_password': lambda r: 'Server name: %s\nAuthentication: SQL Server Authentication\nLogin: %s\nPassword: %s\n[x] Remember password' % (r.choice(HOSTS), r.choice(USERS), '\u25cf' * r.randint(8, 16))},
 'code_identifier_lookalike': {
  'assembly_binding_public_key_tokens': lambda r: '\n'.join('<dependentAssembly><assemblyIdentity name="%s" publicKeyToken="%s" culture="neutral" /><bindingRedirect oldVersion="0.0.0.0-%d.0.0.0" newVersion="%d.0.0.0" /></dependentAssembly>' % (n, rh(r, 16), k, k) for n, k in (('Contoso.Orders.Core', r.randint(3, 9)), ('Contoso.Logging', r.randint(2, 6)))),
  'resx_designer_resource_keys': lambda r: '\n'.join('internal static string %s_%s { get { return ResourceManager.GetString("%s_%s", resourceCulture); } }' % (n, rh(r, 10), n, '') for n in ('Validation_MissingCustomerId', 'Error_InvoiceLocked', 'Label_ShipToAddress')).replace('_", ', '", ')},
 'password_prose_no_value': {
  'gpo_password_policy_memo': lambda r: 'Memo %d: from next month the Default Domain Policy enforces a minimum password length of %d, history of 24 and lockout after %d attempts. Service accounts move to gMSA, so nobody needs to know or type their passwords any more. Never send a password in Teams or e-mail; use the vault share link.' % (r.randint(100, 999), r.choice([14, 15, 16]), r.choice([5, 10])),
  'laps_rotation_howto': lambda r: 'How to read a local admin password with Windows LAPS: open ADUC, find the computer (e.g. WS-%04d), LAPS tab, Show password. The password expires after %d days and is rotated automatically; do not copy it into tickets or the CMDB.' % (r.randint(1, 9999), r.choice([14, 30]))},
 'uuid_or_request_identifier': {
  'vs_solution_project_guid_lines': lambda r: 'Microsoft Visual Studio Solution File, Format Version 12.00\n' + '\n'.join('Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "%s", "src\\%s\\%s.csproj", "{%s}"\nEndProject' % (n, n, n, guid(r, True)) for n in ('Orders.Api', 'Orders.Core', 'Orders.Tests')),
  'wix_upgradecode_productcode_table': lambda r: '| release | UpgradeCode | ProductCode |\n|---|---|---|\n' + '\n'.join('| 4.%d.0 | {%s} | {%s} |' % (k, guid(r, True), guid(r, True)) for k in range(3))},
 'password_hash_not_plaintext': {
  'aspnet_identity_passwordhash_rows': lambda r: 'Id,UserName,PasswordHash\n' + '\n'.join('%s,%s,AQAAAAIAAYagAAAAE%s==' % (guid(r), u, ''.join(r.choice(B64) for _ in range(67))) for u in r.sample(USERS, 3)),
  'sql_login_password_hash_query': lambda r: 'SELECT name, password_hash FROM sys.sql_logins;\n' + '\n'.join('%-14s 0x0200%s' % (u, rh(r, 136, '0123456789ABCDEF')) for u in ('sa', 'app_orders', 'report_ro'))},
 'secret_store_reference': {
  'app_service_keyvault_reference_setting': lambda r: 'Name: SqlPassword\nValue: @Microsoft.KeyVault(SecretUri=https://kv-orders-%s.vault.azure.net/secrets/SqlPassword/)\nSource: Key vault Reference (resolved)' % rh(r, 4),
  'pipeline_secret_macro_reference': lambda r: 'steps:\n- script: dotnet test --logger trx -- "TestRunParameters.Parameter(name=\\"sqlPassword\\", value=\\"$(SqlSaPassword)\\")"\n  env:\n    NUGET_API_KEY: $(NuGetApiKey)\n    OCTO_KEY: $(Octopus.ApiKey.%s)' % r.choice(['Prod', 'Test', 'Stage'])},
 'test_fixture_fake_credential': {
  'xunit_inlinedata_fake_passwords': lambda r: '[Theory]\n[InlineData("Password1!")]\n[InlineData("P@ssw0rd")]\n[InlineData("fake-%s")]\npublic void Rejects_weak_passwords(string candidate) => Assert.False(_policy.IsStrong(candidate));' % r.choice(['demo', 'dummy', 'example']),
  'localdb_fixture_connection_string': lambda r: 'public const string Conn = @"Server=(localdb)\\MSSQLLocalDB;Database=OrdersTests_%d;User Id=test;Password=test;";  // LocalDB fixture, throwaway' % r.randint(1, 99)},
 'version_or_build_string': {
  'winver_build_inventory_csv': lambda r: 'Computer,OS,Build,UBR\n' + '\n'.join('WS-%04d,Windows 11 Enterprise,10.0.%d,%d' % (r.randint(1, 9999), r.choice([22621, 22631, 26100]), r.randint(1000, 4999)) for _ in range(3)),
  'dotnet_info_sdk_versions': lambda r: '.NET SDKs installed:\n  6.0.%d [C:\\Program Files\\dotnet\\sdk]\n  8.0.%d [C:\\Program Files\\dotnet\\sdk]\nHost:\n  Version: 8.0.%d\n  Commit:  %s' % (r.randint(400, 430), r.randint(100, 400), r.randint(1, 11), rh(r, 10))},
 'publishable_client_key': {
  'app_insights_js_connection_string': lambda r: '<script>\n  appInsights = new Microsoft.ApplicationInsights.ApplicationInsights({ config: { connectionString: "InstrumentationKey=%s;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" } });\n</script>' % guid(r),
  'msal_public_client_config_json': lambda r: '{\n  "auth": { "clientId": "%s", "authority": "https://login.microsoftonline.com/%s", "redirectUri": "http://localhost" },\n  "isPublicClient": true\n}' % (guid(r), guid(r))},
 'windows_security_identifier': {
  'whoami_groups_sid_listing': lambda r: 'C:\\> whoami /user /groups\nUSER INFORMATION\ncorp\\%s %s\n\nGROUP INFORMATION\nBUILTIN\\Administrators   Alias  S-1-5-32-544\nCORP\\Build Operators   Group  %s' % (r.choice(USERS), sid(r), sid(r)),
  'icacls_sddl_acl_dump': lambda r: 'C:\\> icacls D:\\Orders /save acl.txt\nD:AI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;%s)(A;OICI;FA;;;%s)' % (sid(r), sid(r))},
 'documented_product_key': {
  'kms_gvlk_activation_runbook': lambda r: 'KMS client activation (%s): slmgr /ipk %s then slmgr /skms kms01.corp.example:1688 and slmgr /ato. This is the public GVLK from the Microsoft KMS client setup key list, not a licence we bought.' % tuple(r.choice(list(GVLK.items()))),
  'gvlk_reference_table_md': lambda r: '| Edition | KMS client setup key (public) |\n|---|---|\n' + '\n'.join('| %s | %s |' % kv for kv in r.sample(list(GVLK.items()), 3))},
}
NEW_CLASSES = ['windows_security_identifier', 'documented_product_key']

WRAPPERS = {
 'in_cab_change_record': lambda b, r: 'CHG%07d - evidence pasted by %s:\n%s\n-- end of evidence' % (r.randint(10 ** 6, 10 ** 7 - 1), r.choice(USERS), b),
 'in_dotnet_guild_wiki_page': lambda b, r: '== .NET guild notes (page %d) ==\n{{{\n%s\n}}}' % (r.randint(1, 500), b),
 'in_servicedesk_kb_article': lambda b, r: 'KB%06d\nSymptom: see below.\nDetails:\n%s\nResolution: none needed.' % (r.randint(10 ** 5, 10 ** 6 - 1), b),
 'in_security_review_workbook_row': lambda b, r: 'Finding %d (informational, not a secret): %s' % (r.randint(1, 99), json.dumps(b, ensure_ascii=False)),
 'in_pull_request_review_thread': lambda b, r: 'PR !%d comment by %s:\n> ```\n> %s\n> ```\nLooks fine, nothing sensitive here.' % (r.randint(100, 9999), r.choice(USERS), b.replace('\n', '\n> ')),
}


def doc_values():
    v = {
        'sha256_abc_in_package_signing_notes': hashlib.sha256(b'abc').hexdigest(),
        'sha1_abc_in_thumbprint_tutorial': hashlib.sha1(b'abc').hexdigest(),
        'hmac_sha256_rfc4231_case2_in_webhook_doc': hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest(),
        'crc32_check_value_in_installer_spec': '%08x' % zlib.crc32(b'123456789'),
        'sha1_empty_in_msbuild_cache_notes': hashlib.sha1(b'').hexdigest(),
    }
    published = {
        'sha256_abc_in_package_signing_notes': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
        'sha1_abc_in_thumbprint_tutorial': 'a9993e364706816aba3e25717850c26c9cd0d89d',
        'hmac_sha256_rfc4231_case2_in_webhook_doc': '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
        'crc32_check_value_in_installer_spec': 'cbf43926',
        'sha1_empty_in_msbuild_cache_notes': 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
    }
    assert v == published, 'documentation values differ from the published literals'
    return v


DOC_TEXT = {
 'sha256_abc_in_package_signing_notes': 'Package signing notes: to check your SHA-256 tooling, hash the three bytes "abc"; FIPS 180 gives {x}.',
 'sha1_abc_in_thumbprint_tutorial': 'Thumbprint tutorial: a certificate thumbprint is just a SHA-1; for the input "abc" the FIPS 180 example digest is {x}.',
 'hmac_sha256_rfc4231_case2_in_webhook_doc': 'Webhook signature doc: verify your HMAC-SHA256 code with RFC 4231 test case 2 (key "Jefe", data "what do ya want for nothing?") -> {x}.',
 'crc32_check_value_in_installer_spec': 'Installer spec: the CRC-32 of the ASCII string "123456789" must be {x} (the standard check value).',
 'sha1_empty_in_msbuild_cache_notes': 'MSBuild cache notes: an entry whose hash is {x} is the SHA-1 of an empty file and can be ignored.',
}


def build_negatives(seed=7706):
    rng = random.Random(seed)
    out = []
    for cls, kinds in NEG.items():
        for kind, f in kinds.items():
            for wname in [None] + list(WRAPPERS):
                base = f(rng)
                if wname is None:
                    out.append((cls, kind, base))
                else:
                    out.append((cls, kind + '__' + wname, WRAPPERS[wname](base, rng)))
    dv = doc_values()
    for k, x in dv.items():
        out.append(('vendor_documentation_value', k, DOC_TEXT[k].replace('{x}', x)))
    return out, dv
