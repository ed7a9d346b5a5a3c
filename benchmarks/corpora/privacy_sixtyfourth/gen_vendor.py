import random
from common import *
J = 'JWT'
# (type, env/key label, shape spec or callable)
V = [
 ('plex_media_server_x_plex_token', 'PLEX_TOKEN', 's20'),
 ('plex_claim_token', 'PLEX_CLAIM', "'claim-'+a20"),
 ('jellyfin_server_api_key', 'JELLYFIN_API_KEY', 'h32'),
 ('emby_server_api_key', 'EMBY_API_KEY', 'h32'),
 ('sonarr_api_key', 'SONARR_API_KEY', 'h32'),
 ('radarr_api_key', 'RADARR_API_KEY', 'h32'),
 ('lidarr_api_key', 'LIDARR_API_KEY', 'h32'),
 ('prowlarr_api_key', 'PROWLARR_API_KEY', 'h32'),
 ('readarr_api_key', 'READARR_API_KEY', 'h32'),
 ('bazarr_api_key', 'BAZARR_API_KEY', 'h32'),
 ('overseerr_api_key', 'OVERSEERR_API_KEY', 'b66+"=="'),
 ('tautulli_api_key', 'TAUTULLI_API_KEY', 'h32'),
 ('sabnzbd_api_key', 'SABNZBD_API_KEY', 'h32'),
 ('nzbget_control_password', 'NZBGET_CONTROL_PASSWORD', 'PW'),
 ('usenet_provider_account_password', 'USENET_PASSWORD', 'PW'),
 ('trakt_oauth_client_secret', 'TRAKT_CLIENT_SECRET', 'h64'),
 ('tmdb_v3_api_key', 'TMDB_API_KEY', 'h32'),
 ('tmdb_v4_read_access_token', 'TMDB_READ_TOKEN', J),
 ('thetvdb_v4_project_api_key', 'TVDB_API_KEY', 'uuid'),
 ('fanart_tv_personal_api_key', 'FANART_API_KEY', 'h32'),
 ('opensubtitles_consumer_api_key', 'OPENSUBTITLES_API_KEY', 'a32'),
 ('portainer_user_access_token', 'PORTAINER_TOKEN', "'ptr_'+b43+'='"),
 ('proxmox_ve_api_token_secret', 'PVE_TOKEN_SECRET', 'uuid'),
 ('proxmox_backup_server_token_secret', 'PBS_TOKEN_SECRET', 'uuid'),
 ('truenas_scale_api_key', 'TRUENAS_API_KEY', "d1+'-'+a64"),
 ('xen_orchestra_authentication_token', 'XO_TOKEN', 's43'),
 ('esphome_native_api_encryption_key', 'ESPHOME_API_KEY', 'b43+"="'),
 ('esphome_ota_update_password', 'ESPHOME_OTA_PASSWORD', 'h32'),
 ('zigbee2mqtt_network_key_array', 'Z2M_NETWORK_KEY', 'Z2M'),
 ('node_red_credential_secret', 'NODE_RED_CREDENTIAL_SECRET', 'a40'),
 ('duckdns_account_token', 'DUCKDNS_TOKEN', 'uuid'),
 ('dynu_ddns_api_key', 'DYNU_API_KEY', 'a30'),
 ('desec_dns_api_token', 'DESEC_TOKEN', 's28'),
 ('cloudflare_dns_edit_scoped_token', 'CF_DNS_API_TOKEN', 's40'),
 ('cloudflare_legacy_global_api_key', 'CF_API_KEY', 'h37'),
 ('cloudflare_origin_ca_service_key', 'CF_ORIGIN_CA_KEY', "'v1.0-'+h24+'-'+h146"),
 ('cloudflare_access_service_token_client_secret', 'CF_ACCESS_CLIENT_SECRET', 'h64'),
 ('hetzner_dns_console_api_token', 'HETZNER_DNS_TOKEN', 'a32'),
 ('digitalocean_personal_access_token', 'DO_TOKEN', "'dop_v1_'+h64"),
 ('tailscale_node_auth_key', 'TS_AUTHKEY', "'tskey-auth-k'+a10+'CNTRL-'+a32"),
 ('tailscale_admin_api_access_token', 'TS_API_KEY', "'tskey-api-k'+a10+'CNTRL-'+a32"),
 ('tailscale_oauth_client_secret', 'TS_OAUTH_SECRET', "'tskey-client-k'+a10+'CNTRL-'+a32"),
 ('zerotier_central_api_token', 'ZT_TOKEN', 'a32'),
 ('ngrok_agent_authtoken', 'NGROK_AUTHTOKEN', "'2'+a26+'_'+a21"),
 ('ngrok_platform_api_key', 'NGROK_API_KEY', "'2'+a26+'_'+a21"),
 ('backblaze_b2_application_key', 'B2_APPLICATION_KEY', "'K00'+a28"),
 ('wasabi_secret_access_key', 'WASABI_SECRET_KEY', 'u40'),
 ('storj_serialized_access_grant', 'STORJ_ACCESS', "'1'+a160"),
 ('borgbase_graphql_api_token', 'BORGBASE_TOKEN', J),
 ('uptime_kuma_metrics_api_key', 'KUMA_API_KEY', "'uk1_'+a40"),
 ('pushover_application_api_token', 'PUSHOVER_TOKEN', "'a'+l29"),
 ('pushover_user_key', 'PUSHOVER_USER', "'u'+l29"),
 ('gotify_application_token', 'GOTIFY_TOKEN', "'A'+s14"),
 ('ntfy_access_token', 'NTFY_TOKEN', "'tk_'+l29"),
 ('pushbullet_access_token', 'PUSHBULLET_TOKEN', "'o.'+a32"),
 ('discord_webhook_token_path', 'DISCORD_WEBHOOK_TOKEN', 's68'),
 ('discord_bot_client_token', 'DISCORD_BOT_TOKEN', "'MT'+s24+'.'+s6+'.'+s38"),
 ('matrix_synapse_user_access_token', 'MATRIX_ACCESS_TOKEN', "'syt_'+s12+'_'+a20+'_'+a6"),
 ('matrix_synapse_registration_shared_secret', 'SYNAPSE_REGISTRATION_SECRET', 's48'),
 ('mastodon_application_access_token', 'MASTODON_TOKEN', 's43'),
 ('nextcloud_app_password', 'NEXTCLOUD_APP_PASSWORD', 'NCAPP'),
 ('immich_server_api_key', 'IMMICH_API_KEY', 'a43'),
 ('paperless_ngx_rest_token', 'PAPERLESS_TOKEN', 'h40'),
 ('vaultwarden_admin_token_plain', 'VW_ADMIN_TOKEN', 'b64'),
 ('bitwarden_cli_client_secret', 'BW_CLIENTSECRET', 'a30'),
 ('authentik_api_token', 'AUTHENTIK_TOKEN', 'a60'),
 ('keycloak_confidential_client_secret', 'KEYCLOAK_CLIENT_SECRET', 'a32'),
 ('influxdb_v2_operator_token', 'INFLUX_TOKEN', 's86+"=="'),
 ('philips_hue_bridge_application_key', 'HUE_APP_KEY', 'a40'),
 ('nanoleaf_panel_auth_token', 'NANOLEAF_TOKEN', 'a32'),
 ('lifx_cloud_personal_token', 'LIFX_TOKEN', 'h64'),
 ('smartthings_personal_access_token', 'SMARTTHINGS_TOKEN', 'uuid'),
 ('tuya_iot_cloud_access_secret', 'TUYA_ACCESS_SECRET', 'h32'),
 ('tuya_device_local_key', 'TUYA_LOCAL_KEY', 'ANYP16'),
 ('shelly_cloud_authorization_key', 'SHELLY_AUTH_KEY', "'MTk'+a120"),
 ('ecobee_developer_api_key', 'ECOBEE_API_KEY', 'a32'),
 ('netatmo_connect_client_secret', 'NETATMO_CLIENT_SECRET', 'a32'),
 ('spotify_web_api_client_secret', 'SPOTIFY_CLIENT_SECRET', 'h32'),
 ('lastfm_api_shared_secret', 'LASTFM_SECRET', 'h32'),
 ('listenbrainz_user_token', 'LISTENBRAINZ_TOKEN', 'uuid'),
 ('steam_web_api_key', 'STEAM_API_KEY', 'H32'),
 ('twitch_application_client_secret', 'TWITCH_CLIENT_SECRET', 'l30'),
 ('openweathermap_api_key', 'OWM_API_KEY', 'h32'),
 ('dropbox_short_lived_access_token', 'DROPBOX_TOKEN', "'sl.'+s135"),
 ('gitea_application_access_token', 'GITEA_TOKEN', 'h40'),
 ('forgejo_runner_registration_token', 'FORGEJO_RUNNER_TOKEN', 'a40'),
 ('docker_hub_personal_access_token', 'DOCKERHUB_TOKEN', "'dckr_pat_'+s27"),
 ('github_fine_grained_pat', 'GH_PAT', "'github_pat_11'+u20+'_'+a59"),
 ('huggingface_user_access_token', 'HF_TOKEN', "'hf_'+a34"),
 ('watchtower_http_api_token', 'WATCHTOWER_HTTP_API_TOKEN', 'a32'),
 ('acme_eab_hmac_key', 'EAB_HMAC_KEY', 's86'),
 ('acme_dns_account_password', 'ACMEDNS_PASSWORD', 's40'),
 ('crowdsec_bouncer_api_key', 'CROWDSEC_BOUNCER_KEY', 'a32'),
 ('crowdsec_console_enrollment_key', 'CROWDSEC_ENROLL_KEY', 'l25'),
 ('pterodactyl_client_api_key', 'PTERO_CLIENT_KEY', "'ptlc_'+a43"),
 ('pterodactyl_application_api_key', 'PTERO_APP_KEY', "'ptla_'+a43"),
 ('minecraft_server_rcon_password', 'RCON_PASSWORD', 'PW'),
 ('teamspeak_serverquery_password', 'TS3_QUERY_PASSWORD', 'a8'),
 ('code_server_login_password', 'CODE_SERVER_PASSWORD', 'h24'),
 ('syncthing_rest_api_key', 'SYNCTHING_API_KEY', 'a32'),
 ('netdata_cloud_claim_token', 'NETDATA_CLAIM_TOKEN', 's135'),
 ('grocy_api_key', 'GROCY_API_KEY', 'a50'),
 ('firefly_iii_personal_access_token', 'FIREFLY_TOKEN', J),
 ('mealie_api_token', 'MEALIE_TOKEN', J),
 ('audiobookshelf_user_api_token', 'ABS_TOKEN', J),
 ('kavita_opds_api_key', 'KAVITA_API_KEY', 'uuid'),
 ('postmark_server_api_token', 'POSTMARK_TOKEN', 'uuid'),
 ('brevo_smtp_api_key', 'BREVO_API_KEY', "'xkeysib-'+h64+'-'+l16"),
 ('smtp2go_api_key', 'SMTP2GO_API_KEY', "'api-'+H32"),
 ('resend_email_api_key', 'RESEND_API_KEY', "'re_'+a8+'_'+a24"),
 ('mailjet_api_secret_key', 'MJ_APISECRET', 'h32'),
 ('gmail_app_password_grouped', 'GMAIL_APP_PASSWORD', 'GAPP'),
 ('fastmail_app_password', 'FASTMAIL_APP_PASSWORD', 'l16'),
 ('mailgun_private_api_key', 'MAILGUN_API_KEY', "h32+'-'+h8+'-'+h8"),
 ('frigate_plus_api_key', 'PLUS_API_KEY', "uuid+':'+h40"),
 ('home_assistant_cloud_webhook_id', 'NABU_WEBHOOK_ID', 'h64'),
 ('unraid_connect_api_key', 'UNRAID_API_KEY', "'unraid_'+a40"),
 ('synology_dsm_otp_secret_seed', 'DSM_OTP_SECRET', 'B32'),
 ('pihole_v6_application_password', 'PIHOLE_APP_PASSWORD', 's44'),
 ('adguard_home_sync_origin_password', 'ORIGIN_PASSWORD', 'PW'),
 ('rustdesk_server_private_key', 'RUSTDESK_KEY', 'b86+"=="'),
 ('meshcentral_login_token_key', 'MESH_LOGIN_KEY', 'h160'),
 ('openmediavault_rpc_session_secret', 'OMV_SESSION', 'h32'),
 ('iperf3_rsa_authentication_password', 'IPERF3_PASSWORD', 'PW'),
]
STYLES = {
 'compose_env_file_line': lambda K, k, S: "# .env next to docker-compose.yml\nTZ=Europe/London\nPUID=1000\n" + K + "=" + S + "\n",
 'compose_yaml_environment_map': lambda K, k, S: "services:\n  svc:\n    environment:\n      " + K + ": \"" + S + "\"\n",
 'hass_secrets_yaml_key': lambda K, k, S: "# secrets.yaml\n" + k + ": \"" + S + "\"\n",
 'selfhosted_forum_config_paste': lambda K, k, S: "Hi all, first post. Pasting what I have (yes it's the real one, will rotate later):\n\n" + K + "=" + S + "\n\nStill getting 401. What am I missing?\n",
 'docker_run_e_flag_oneliner': lambda K, k, S: "docker run -d --name svc --restart=unless-stopped -e " + K + "=" + S + " -p 8080:8080 ghcr.io/example/svc\n",
 'ansible_homelab_host_vars': lambda K, k, S: "---\n# host_vars/nas01.yml\nansible_host: 10.0.10.5\n" + k + ": \"" + S + "\"\n",
 'k3s_secret_stringdata_yaml': lambda K, k, S: "apiVersion: v1\nkind: Secret\nmetadata:\n  name: svc-creds\nstringData:\n  " + K + ": \"" + S + "\"\n",
 'powershell_setx_persistent_env': lambda K, k, S: "PS C:\\Users\\lab> setx " + K + " \"" + S + "\"\nSUCCESS: Specified value was saved.\n",
 'fish_shell_set_universal_var': lambda K, k, S: "~> set -Ux " + K + " " + S + "\n~> echo done\ndone\n",
 'homelab_wiki_markdown_table_row': lambda K, k, S: "| service | variable | value |\n|---|---|---|\n| svc | `" + K + "` | " + S + " |\n",
 'router_app_screenshot_ocr_line': lambda K, k, S: "[OCR of phone screenshot]\n12:41  ◂ Integrations\n" + K.replace('_', ' ').title() + "\n" + S + "\nCopy   Regenerate\n",
 'sops_decrypted_yaml_preview': lambda K, k, S: "$ sops -d secrets.enc.yaml\n" + k + ": " + S + "\nsops_unused: true\n",
}

def _val(r, spec):
    if spec == 'PW': return owner_password(r)
    if spec == J:
        return jwt(r, {'sub': str(r.randint(1, 999)), 'iat': 1710000000 + r.randint(0, 9 ** 7), 'jti': uuid4(r)})
    if spec == 'Z2M':
        return '[' + ', '.join(str(r.randint(0, 255)) for _ in range(16)) + ']'
    if spec == 'NCAPP':
        return '-'.join(rs(r, ALNUM, 5) for _ in range(5))
    if spec == 'GAPP':
        return ' '.join(rs(r, LOW, 4) for _ in range(4))
    if spec == 'ANYP16':
        return rs(r, ALNUM + '!#$%&*+=?@^~', 16)
    if spec == 'B32':
        return rs(r, UP + '234567', 32)
    return shape(r, spec.replace('"', "'"))

def build(pool):
    r = random.Random(6402)
    recs = []
    st = list(STYLES)
    for i, (t, K, spec) in enumerate(V):
        style = st[i % len(st)]
        v = draw(r, pool, lambda rr: _val(rr, spec))
        text, s, e = fill(STYLES[style](K, K.lower(), SLOT), v)
        recs.append({'type': t, 'container': t + '__' + style, 'text': text,
                     'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'vendor'})
    return recs
