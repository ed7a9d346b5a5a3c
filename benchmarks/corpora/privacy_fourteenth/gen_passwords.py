"""Driver for bespoke-syntax passwords (seed 14002)."""
import random
from gen_common import Ctx, rec, password, rs, uuid4
import gen_passwords_a
import gen_passwords_b

# CLI tokens, URL parts and user:pass pairs get a conservative alphabet
SAFE = {'sqlplus_connect_string_cli', 'smbclient_user_percent_flag', 'mpd_conf_password',
        'subsonic_api_url_p_param', 'squid_cache_peer_login', 'threeproxy_cfg_users',
        'skopeo_creds_flag', 'keytool_storepass_flags', 'helm_repo_add_password_flag',
        'argocd_login_cli', 'az_login_username_password', 'oc_login_password_flag',
        'vault_login_userpass', 'minio_mc_alias_set', 'kopia_repository_connect',
        'windows_net_user_add', 'cmdkey_add_generic', 'schtasks_create_rp_flag',
        'psexec_user_password_flags', 'pcs_host_auth_cli', 'influx_setup_cli',
        'sybase_isql_password_flag', 'edgeos_config_plaintext_password', 'huawei_vrp_local_user',
        'aruba_os_mgmt_user', 'dell_os10_username_line', 'cisco_wlc_cli_psk',
        'frr_bgp_neighbor_password', 'bitlbee_account_add_cmd', 'nullmailer_remotes_line',
        'snmpd_conf_rocommunity', 'proxysql_cnf_admin_variables', 'neo4j_auth_env',
        'ansible_inventory_ini_password', 'mosquitto_conf_bridge', 'redis_conf_masterauth',
        'sendmail_authinfo_map'}

SHAPES = {
    'keepalived_vrrp_auth_pass': lambda r: rs(r, 'an', 8),
    'zwave_s2_access_control_key': lambda r: rs(r, 'HEX', 32),
    'thread_network_key': lambda r: rs(r, 'hex', 32),
    'lorawan_app_key': lambda r: rs(r, 'HEX', 32),
    'mediawiki_secret_key': lambda r: rs(r, 'hex', 64),
    'redcap_hash_salt': lambda r: rs(r, 'hex', 8),
    'galaxy_id_secret': lambda r: rs(r, 'an', 32),
    'ckan_beaker_session_secret': lambda r: rs(r, 'b64u', 25),
    'jenkins_initial_admin_password': lambda r: rs(r, 'hex', 32),
    'nexus_initial_admin_password': uuid4,
    'bigbluebutton_shared_secret': lambda r: rs(r, 'an', 42),
    'vaultwarden_admin_token': lambda r: rs(r, 'b64', 64),
    'elastic_builtin_user_password': lambda r: rs(r, 'an', 14) + rs(r, '*_=+', 1) + rs(r, 'an', 5),
    'jitsi_jicofo_auth_password': lambda r: rs(r, 'hex', 32),
    'jitsi_jvb_auth_password': lambda r: rs(r, 'hex', 32),
    'snmp_community_string': lambda r: r.choice(['n0c', 'mon', 'rackview', 'cacti']) + rs(r, 'an', 6),
}


def build(start_id):
    r = random.Random(14002)
    out = []
    for kind, types, _sym, fn in gen_passwords_a.P + gen_passwords_b.P:
        c = Ctx(r, 'PASSWORD')
        vals = []
        for t in types:
            g = SHAPES.get(t)
            vals.append((g(r) if g else password(r, safe=kind in SAFE), t))
        rid = 'p14-s-%04d' % (start_id + len(out))
        out.append(rec(rid, kind, fn(c), vals, 'gen_passwords'))
    return out
