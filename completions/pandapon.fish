# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pandapon_global_optspecs
    string join \n profile= config= base-url= timeout= json v/verbose debug dry-run y/yes no-input sandbox color= h/help V/version
end

function __fish_pandapon_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_pandapon_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_pandapon_using_subcommand
    set -l cmd (__fish_pandapon_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c pandapon -n "__fish_pandapon_needs_command" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_needs_command" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_needs_command" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_needs_command" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_needs_command" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_needs_command" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_needs_command" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_needs_command" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_needs_command" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_needs_command" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_needs_command" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_needs_command" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_needs_command" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "cart" -d 'The Taobao shopping cart: list, add, edit, delete, preview and create orders'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "config" -d 'Profiles and settings'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "sandbox" -d 'The embedded PandaPon sandbox: serve it for other tools, or reset its data'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "list" -d 'List the items in the cart'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "add" -d 'Add a product to the cart (looks the product up to fill in title, price and shop)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "edit" -d 'Change the quantity of a cart item'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "delete" -d 'Remove items from the cart (with no ids on a terminal: pick them from a list)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "preview" -d 'Show what ordering these cart items would cost, per shop'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "create" -d 'Turn cart items into an order (shows the preview and asks first)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l page-size -d 'Items per page' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l all -d 'Walk every page and print one table (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l item -d 'The product\'s itemMapId, e.g. WUnUC1cILiBjt-Jv3lDdlQ' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l sku -d 'The SKU id, e.g. 5032007803360' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l quantity -d 'How many to add' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l input -d 'Send this JSON body as given (a file, or - for stdin) instead of looking the product up' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l quantity -d 'The new quantity' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l ids -d 'Cart item ids, comma-separated (with none on a terminal: pick them from a list)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-name -d 'Recipient\'s name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-mobile -d 'Recipient\'s mobile phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-phone -d 'Recipient\'s other phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-country -d 'Country' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-state -d 'State or province' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-city -d 'City' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-district -d 'District' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-street -d 'Street address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-zip -d 'Postal code' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l ids -d 'Cart item ids, comma-separated (with none on a terminal: pick them from a list)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-name -d 'Recipient\'s name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-mobile -d 'Recipient\'s mobile phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-phone -d 'Recipient\'s other phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-country -d 'Country' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-state -d 'State or province' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-city -d 'City' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-district -d 'District' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-street -d 'Street address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-zip -d 'Postal code' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the items in the cart'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a product to the cart (looks the product up to fill in title, price and shop)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change the quantity of a cart item'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Remove items from the cart (with no ids on a terminal: pick them from a list)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "preview" -d 'Show what ordering these cart items would cost, per shop'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "create" -d 'Turn cart items into an order (shows the preview and asks first)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -f -a "init" -d 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -f -a "show" -d 'Show the resolved settings and where each came from (the secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -f -a "path" -d 'Print the path of the profile file'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l access-key -d 'The access key [env: PANDAPON_ACCESS_KEY]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l user-id -d 'The user id [env: PANDAPON_USER_ID]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l access-secret-stdin -d 'Read the access secret from stdin (else PANDAPON_ACCESS_SECRET, else a hidden prompt)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the resolved settings and where each came from (the secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the profile file'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "serve" -d 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "reset" -d 'Restore the seed data (the cart, orders and the rest)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'State file [default: <data dir>/pandapon/sandbox.json]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency-ms -d 'Delay every answer by this many milliseconds' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fault -d 'Make an operation misbehave: OP=KIND or OP=KIND*N (OP "*" for all). Kinds: 500, 502, 503, 429 (any status), html, truncate, reset, hang, not-envelope, bad-types, huge' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l clock-offset -d 'Run the server\'s clock this many seconds ahead (negative: behind)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l state -d 'State file [default: <data dir>/pandapon/sandbox.json]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Restore the seed data (the cart, orders and the rest)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart config sandbox completions help" -f -a "cart" -d 'The Taobao shopping cart: list, add, edit, delete, preview and create orders'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart config sandbox completions help" -f -a "config" -d 'Profiles and settings'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart config sandbox completions help" -f -a "sandbox" -d 'The embedded PandaPon sandbox: serve it for other tools, or reset its data'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart config sandbox completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart config sandbox completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "list" -d 'List the items in the cart'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "add" -d 'Add a product to the cart (looks the product up to fill in title, price and shop)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "edit" -d 'Change the quantity of a cart item'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "delete" -d 'Remove items from the cart (with no ids on a terminal: pick them from a list)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "preview" -d 'Show what ordering these cart items would cost, per shop'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "create" -d 'Turn cart items into an order (shows the preview and asks first)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the resolved settings and where each came from (the secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the profile file'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Restore the seed data (the cart, orders and the rest)'
