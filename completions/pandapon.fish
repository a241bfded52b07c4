# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_pandapon_global_optspecs
    string join \n profile= config= base-url= platform= timeout= json jq= v/verbose debug dry-run y/yes no-input insecure-http sandbox concurrency= header color= h/help V/version
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
complete -c pandapon -n "__fish_pandapon_needs_command" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_needs_command" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_needs_command" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_needs_command" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_needs_command" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_needs_command" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_needs_command" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_needs_command" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_needs_command" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_needs_command" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_needs_command" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_needs_command" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_needs_command" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_needs_command" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_needs_command" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "cart" -d 'The shopping cart on Taobao or 1688 (--platform): list, add, edit, delete, preview, create orders'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "order" -d 'Orders on Taobao or 1688 (--platform): list, show, create, pay, cancel, track'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "after-sales" -d 'Refunds and returns on Taobao or 1688 orders (--platform)'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "refund" -d 'Refunds and returns on Taobao or 1688 orders (--platform)'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "address" -d 'Shipping addresses stored with PandaPon'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "goods" -d 'Products on Taobao and 1688: show, check, search by keyword or photo'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "product" -d 'Products on Taobao and 1688: show, check, search by keyword or photo'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "freight" -d 'Overseas freight (estimate, preview, book) and domestic tracking updates'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "journal" -d 'The record of every write sent: list it, find and settle the unknown outcomes'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "listen" -d 'Receive PandaPon\'s order messages: kept in the inbox, printed, handed to your app'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "inbox" -d 'The order messages `listen` received: list, show, replay to your app'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "trigger" -d 'Send a sample order message to a running `listen` (or any URL), as PandaPon would'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "config" -d 'Profiles and settings'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "sandbox" -d 'The embedded PandaPon sandbox: serve it for other tools, or reset its data'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "api" -d 'Make a signed request to any API operation (the raw escape hatch, like `gh api`)'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "auth" -d 'Credentials: check them, with the clock and the network'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "doctor" -d 'Check the credentials, the clock and the network (the same as `auth status`)'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "man" -d 'Print a manual page (roff), for pandapon or one of its commands'
complete -c pandapon -n "__fish_pandapon_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "list" -d 'List the items in the cart; on 1688 by seller, disabled items apart with why (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "add" -d 'Add a product to the cart; on Taobao it is looked up for title, price and shop (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "edit" -d 'Change the quantity of a cart item (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "delete" -d 'Remove items from the cart; with no ids on a terminal, pick them (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "preview" -d 'Show what ordering these cart items would cost, per shop or seller (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "create" -d 'Turn cart items into orders; shows the preview and asks first (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and not __fish_seen_subcommand_from list add edit delete preview create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l page-size -d 'Items per page (--all asks for the largest pages the API allows)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l all -d 'Walk every page and print one table (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l json-lines -d 'With --all: print each element as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l item -d 'The product: its itemMapId (WUnUC1cILiBjt-Jv3lDdlQ), item id, or a Taobao/Tmall item link (https://item.taobao.com/item.htm?id=...); on 1688 an offer id or link' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l sku -d 'The SKU id, e.g. 5032007803360 (on 1688: the specId) [default: the link\'s skuId, the product\'s only SKU, or on a terminal a pick from its SKUs]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l quantity -d 'How many to add [default: 1]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l input -d 'Send this JSON body as given (a file, or - for stdin) instead of looking the product up' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l quantity -d 'The new quantity' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l ids -d 'Cart item ids, comma-separated (with none on a terminal: pick them from a list)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-name -d 'Recipient\'s name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-mobile -d 'Recipient\'s mobile phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-phone -d 'Recipient\'s other phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-country -d 'Country' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-province -d 'Province or state (`--address-state` also works)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-city -d 'City' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-district -d 'District' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-street -d 'Street address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l address-zip -d 'Postal code' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from preview" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l ids -d 'Cart item ids, comma-separated (with none on a terminal: pick them from a list)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-name -d 'Recipient\'s name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-mobile -d 'Recipient\'s mobile phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-phone -d 'Recipient\'s other phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-country -d 'Country' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-province -d 'Province or state (`--address-state` also works)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-city -d 'City' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-district -d 'District' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-street -d 'Street address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l address-zip -d 'Postal code' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the items in the cart; on 1688 by seller, disabled items apart with why (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a product to the cart; on Taobao it is looked up for title, price and shop (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change the quantity of a cart item (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Remove items from the cart; with no ids on a terminal, pick them (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "preview" -d 'Show what ordering these cart items would cost, per shop or seller (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "create" -d 'Turn cart items into orders; shows the preview and asks first (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand cart; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "list" -d 'List orders, newest first as the API sends them (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "show" -d 'Show orders: status, lines, amounts and a logistics summary (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "logistics" -d 'Show an order\'s logistics: every package and its tracking events (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "track" -d 'Show an order\'s logistics: every package and its tracking events (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "im-link" -d 'Print the URL of the seller chat for an order (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "warehouse" -d 'Change an order\'s pre-warehouse (前置仓) name and address (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "create" -d 'Create an order directly (not from the cart); shows the cost and asks first (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "render" -d 'Show what a direct order would cost, without creating it (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "preview" -d 'Show what a direct order would cost, without creating it (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "pay" -d 'Pay orders, asking once for the whole batch; on 1688 a pay URL or paid by agreement (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "cancel" -d 'Cancel unpaid orders, asking once for the whole batch (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "confirm-receipt" -d 'Confirm that shipped orders arrived, which pays the seller (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and not __fish_seen_subcommand_from list show logistics track im-link warehouse create render preview pay cancel confirm-receipt help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l status -d 'Only orders in this status, as the API names it: WAIT_BUYER_PAY, WAIT_SELLER_SEND_GOODS, WAIT_BUYER_CONFIRM_GOODS, TRADE_FINISHED or TRADE_CLOSED; on 1688 one of waitbuyerpay, waitsellersend, waitbuyerreceive, confirm_goods, success, cancel, terminated' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l since -d 'Created at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l until -d 'Created at or before (a date alone means the end of that day)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l page-size -d 'Items per page (--all asks for the largest pages the API allows)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l all -d 'Walk every page and print one table (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l json-lines -d 'With --all: print each element as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from logistics" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from track" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from im-link" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l name -d 'Warehouse name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l address -d 'Warehouse address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from warehouse" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l item -d 'An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable). A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with (the documented orderLineList `price`); leave it out to take the shop\'s price. On 1688: OFFER:SPEC:QTY (offerMapId, specId, quantity), no price; several lines go as one batch (different merchants), answered per seller' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l input -d 'Send this JSON body as given (a file, or - for stdin)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l budget -d 'Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents) [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l source -d 'The buyer\'s platform (orderSource), e.g. lazada [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l seller-order -d 'The order number on the buyer\'s platform (sellerOrderNumber) [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l message -d 'A note for the seller (the order\'s message) [1688]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l address-name -d 'Recipient\'s name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l address-mobile -d 'Recipient\'s mobile phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l address-phone -d 'Recipient\'s other phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l address-country -d 'Country' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l address-province -d 'Province or state (`--address-state` also works)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l address-city -d 'City' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l address-district -d 'District' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l address-street -d 'Street address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l address-zip -d 'Postal code' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l item -d 'An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable). A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with (the documented orderLineList `price`); leave it out to take the shop\'s price. On 1688: OFFER:SPEC:QTY (offerMapId, specId, quantity), no price; several lines go as one batch (different merchants), answered per seller' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l input -d 'Send this JSON body as given (a file, or - for stdin)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l budget -d 'Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents) [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l source -d 'The buyer\'s platform (orderSource), e.g. lazada [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l seller-order -d 'The order number on the buyer\'s platform (sellerOrderNumber) [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l message -d 'A note for the seller (the order\'s message) [1688]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l address-name -d 'Recipient\'s name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l address-mobile -d 'Recipient\'s mobile phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l address-phone -d 'Recipient\'s other phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l address-country -d 'Country' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l address-province -d 'Province or state (`--address-state` also works)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l address-city -d 'City' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l address-district -d 'District' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l address-street -d 'Street address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l address-zip -d 'Postal code' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from render" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l item -d 'An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable). A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with (the documented orderLineList `price`); leave it out to take the shop\'s price. On 1688: OFFER:SPEC:QTY (offerMapId, specId, quantity), no price; several lines go as one batch (different merchants), answered per seller' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l input -d 'Send this JSON body as given (a file, or - for stdin)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l budget -d 'Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents) [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l source -d 'The buyer\'s platform (orderSource), e.g. lazada [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l seller-order -d 'The order number on the buyer\'s platform (sellerOrderNumber) [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l message -d 'A note for the seller (the order\'s message) [1688]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l address-name -d 'Recipient\'s name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l address-mobile -d 'Recipient\'s mobile phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l address-phone -d 'Recipient\'s other phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l address-country -d 'Country' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l address-province -d 'Province or state (`--address-state` also works)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l address-city -d 'City' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l address-district -d 'District' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l address-street -d 'Street address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l address-zip -d 'Postal code' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from preview" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from pay" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l reason -d 'Why, as sent to the API\'s cancelReason' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from confirm-receipt" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "list" -d 'List orders, newest first as the API sends them (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show orders: status, lines, amounts and a logistics summary (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "logistics" -d 'Show an order\'s logistics: every package and its tracking events (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "im-link" -d 'Print the URL of the seller chat for an order (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "warehouse" -d 'Change an order\'s pre-warehouse (前置仓) name and address (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an order directly (not from the cart); shows the cost and asks first (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "render" -d 'Show what a direct order would cost, without creating it (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "pay" -d 'Pay orders, asking once for the whole batch; on 1688 a pay URL or paid by agreement (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel unpaid orders, asking once for the whole batch (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "confirm-receipt" -d 'Confirm that shipped orders arrived, which pays the seller (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "list" -d 'List after-sales (reverse) orders (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "show" -d 'Show one after-sales order (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "render" -d 'Show the reasons and the maximum refundable amount for a sub-order (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "reasons" -d 'List the refund reasons an order can have, for `submit --reason` (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "submit" -d 'Ask for a refund; on a Taobao terminal without flags, a guided walk-through (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "modify" -d 'Change an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "cancel" -d 'Withdraw an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "message" -d 'Send a message to the seller about an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "messages" -d 'List the messages of an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "return-logistics" -d 'Show where and how to send goods back: the return-logistics render (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "return-ship" -d 'Tell the seller the return has been shipped (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "companies" -d 'List the logistics companies a return can be sent with (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l refund-id -d 'Only this after-sales order' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l order -d 'Only after-sales of this order (purchaseOrderId)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l sales-order -d 'Only after-sales of this Taobao order (salesOrderId)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l status -d 'Only this refundStatus (the API\'s number)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l since -d 'Requested at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l until -d 'Requested at or before (a date alone means the end of that day)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l page-size -d 'Items per page (--all asks for the largest pages the API allows)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l all -d 'Walk every page and print one table (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l json-lines -d 'With --all: print each element as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l sub-order -d 'The sub-order (order line) id' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l type -d 'The API\'s refundType number (PandaPon does not document the values)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l goods-status -d 'The API\'s goodsStatus number (PandaPon does not document the values)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from render" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l sub-order -d 'Only for this line of the order (its sub-order id)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from reasons" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l order -d 'The order [1688; there a refund is on an order, or on some of its lines]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l sub-order -d 'The sub-order (order line) id [on 1688 optional: the line to refund, else the whole order]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l type -d 'The API\'s refundType number' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l goods-status -d 'The API\'s goodsStatus number' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l reason -d 'The reason id, from `after-sales render` (on 1688: from `after-sales reasons`)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l amount -d 'The amount in yuan, at most the maximum the render allows (on 1688: what the goods cost) [default: that maximum]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l description -d 'What is wrong, for the seller' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l voucher -d 'A picture of what is wrong, uploaded before the request: a JPEG, PNG, GIF or WebP file of at most 5 MiB (repeatable) [1688]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l reason -d 'The new reason id' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l amount -d 'The new amount in yuan, e.g. 39.90' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l description -d 'The new description' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l goods-status -d 'The new goods status (the API\'s goodsStatus number)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l text -d 'The message' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l image -d 'An image to attach: a JPEG, PNG, GIF or WebP file of at most 5 MiB (sent base64-encoded), or an http(s):// URL' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from message" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l page-size -d 'Items per page (--all asks for the largest pages the API allows)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l all -d 'Walk every page and print one table (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l json-lines -d 'With --all: print each element as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from messages" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-logistics" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l company -d 'The logistics company code, e.g. SF (see `after-sales return-logistics`; on 1688 `after-sales companies`)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l company-name -d 'The logistics company name, e.g. 顺丰快递 [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l tracking -d 'The tracking number' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l phone -d 'The sender\'s phone [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l description -d 'A note about the returned goods' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from return-ship" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from companies" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "list" -d 'List after-sales (reverse) orders (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one after-sales order (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "render" -d 'Show the reasons and the maximum refundable amount for a sub-order (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "reasons" -d 'List the refund reasons an order can have, for `submit --reason` (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Ask for a refund; on a Taobao terminal without flags, a guided walk-through (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Change an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Withdraw an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "message" -d 'Send a message to the seller about an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "messages" -d 'List the messages of an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "return-logistics" -d 'Show where and how to send goods back: the return-logistics render (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "return-ship" -d 'Tell the seller the return has been shipped (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "companies" -d 'List the logistics companies a return can be sent with (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand after-sales; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "list" -d 'List after-sales (reverse) orders (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "show" -d 'Show one after-sales order (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "render" -d 'Show the reasons and the maximum refundable amount for a sub-order (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "reasons" -d 'List the refund reasons an order can have, for `submit --reason` (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "submit" -d 'Ask for a refund; on a Taobao terminal without flags, a guided walk-through (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "modify" -d 'Change an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "cancel" -d 'Withdraw an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "message" -d 'Send a message to the seller about an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "messages" -d 'List the messages of an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "return-logistics" -d 'Show where and how to send goods back: the return-logistics render (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "return-ship" -d 'Tell the seller the return has been shipped (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "companies" -d 'List the logistics companies a return can be sent with (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and not __fish_seen_subcommand_from list show render reasons submit modify cancel message messages return-logistics return-ship companies help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l refund-id -d 'Only this after-sales order' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l order -d 'Only after-sales of this order (purchaseOrderId)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l sales-order -d 'Only after-sales of this Taobao order (salesOrderId)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l status -d 'Only this refundStatus (the API\'s number)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l since -d 'Requested at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l until -d 'Requested at or before (a date alone means the end of that day)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l page-size -d 'Items per page (--all asks for the largest pages the API allows)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l all -d 'Walk every page and print one table (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l json-lines -d 'With --all: print each element as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l sub-order -d 'The sub-order (order line) id' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l type -d 'The API\'s refundType number (PandaPon does not document the values)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l goods-status -d 'The API\'s goodsStatus number (PandaPon does not document the values)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from render" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l sub-order -d 'Only for this line of the order (its sub-order id)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from reasons" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l order -d 'The order [1688; there a refund is on an order, or on some of its lines]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l sub-order -d 'The sub-order (order line) id [on 1688 optional: the line to refund, else the whole order]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l type -d 'The API\'s refundType number' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l goods-status -d 'The API\'s goodsStatus number' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l reason -d 'The reason id, from `after-sales render` (on 1688: from `after-sales reasons`)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l amount -d 'The amount in yuan, at most the maximum the render allows (on 1688: what the goods cost) [default: that maximum]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l description -d 'What is wrong, for the seller' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l voucher -d 'A picture of what is wrong, uploaded before the request: a JPEG, PNG, GIF or WebP file of at most 5 MiB (repeatable) [1688]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l reason -d 'The new reason id' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l amount -d 'The new amount in yuan, e.g. 39.90' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l description -d 'The new description' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l goods-status -d 'The new goods status (the API\'s goodsStatus number)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l text -d 'The message' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l image -d 'An image to attach: a JPEG, PNG, GIF or WebP file of at most 5 MiB (sent base64-encoded), or an http(s):// URL' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from message" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l page-size -d 'Items per page (--all asks for the largest pages the API allows)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l all -d 'Walk every page and print one table (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l json-lines -d 'With --all: print each element as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from messages" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-logistics" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l company -d 'The logistics company code, e.g. SF (see `after-sales return-logistics`; on 1688 `after-sales companies`)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l company-name -d 'The logistics company name, e.g. 顺丰快递 [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l tracking -d 'The tracking number' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l phone -d 'The sender\'s phone [Taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l description -d 'A note about the returned goods' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from return-ship" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from companies" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "list" -d 'List after-sales (reverse) orders (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one after-sales order (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "render" -d 'Show the reasons and the maximum refundable amount for a sub-order (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "reasons" -d 'List the refund reasons an order can have, for `submit --reason` (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Ask for a refund; on a Taobao terminal without flags, a guided walk-through (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Change an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Withdraw an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "message" -d 'Send a message to the seller about an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "messages" -d 'List the messages of an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "return-logistics" -d 'Show where and how to send goods back: the return-logistics render (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "return-ship" -d 'Tell the seller the return has been shipped (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "companies" -d 'List the logistics companies a return can be sent with (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand refund; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -f -a "list" -d 'List the stored addresses'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -f -a "set" -d 'Add an address, or update one with --id (fields not given are kept)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and not __fish_seen_subcommand_from list set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l id -d 'Update this address instead of adding one' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l name -d 'Recipient\'s name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l phone -d 'Recipient\'s mobile phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l province -d 'Province' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l city -d 'City' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l district -d 'District' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l address -d 'Street address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the stored addresses'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from help" -f -a "set" -d 'Add an address, or update one with --id (fields not given are kept)'
complete -c pandapon -n "__fish_pandapon_using_subcommand address; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "show" -d 'Show products: title, shop, prices, stock, sales and every SKU (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "check" -d 'Which items can be bought through PandaPon, and why not (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "search" -d 'Search by keyword (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "image-search" -d 'Search by photo: a JPEG, PNG, GIF or WebP file, or an image URL (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "category" -d 'A category\'s names and subcategories (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "recommend" -d 'Recommended offers (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "related" -d 'Offers related to one offer (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "hot" -d 'The hot-selling list, overall or for a category (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "seller-chat" -d 'The seller\'s Wangwang name, to chat with them about an offer (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l page-size -d 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l limit -d 'Stop at N results, walking as many pages as that takes' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l sort -d 'Order of the results (commission: Taobao only)' -r -f -a "relevance\t''
price-asc\t''
price-desc\t''
sales\t''
commission\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l min-price -d 'Lowest price, in yuan (e.g. 9.90)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l max-price -d 'Highest price, in yuan' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l category -d 'Only this category (a numeric category id; 1688: see `goods category`)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l shop -d 'Search one seller\'s store, by the seller\'s open id (1688)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l all -d 'Walk every page (see --concurrency) and print one list (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l json-lines -d 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l strict -d 'Only 1688\'s strictly selected offers, 1688严选 (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l global-strict -d 'Only globally strictly selected offers, 全球严选 (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l page-size -d 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l limit -d 'Stop at N results, walking as many pages as that takes' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l all -d 'Walk every page (see --concurrency) and print one list (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l json-lines -d 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from image-search" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from category" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l page-size -d 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l limit -d 'Stop at N results, walking as many pages as that takes' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l all -d 'Walk every page (see --concurrency) and print one list (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l json-lines -d 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from recommend" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l page-size -d 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l limit -d 'Stop at N results, walking as many pages as that takes' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l all -d 'Walk every page (see --concurrency) and print one list (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l json-lines -d 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from related" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l category -d 'Only this category\'s list (see `goods category`)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from hot" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from seller-chat" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show products: title, shop, prices, stock, sales and every SKU (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from help" -f -a "check" -d 'Which items can be bought through PandaPon, and why not (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search by keyword (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from help" -f -a "image-search" -d 'Search by photo: a JPEG, PNG, GIF or WebP file, or an image URL (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from help" -f -a "category" -d 'A category\'s names and subcategories (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from help" -f -a "recommend" -d 'Recommended offers (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from help" -f -a "related" -d 'Offers related to one offer (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from help" -f -a "hot" -d 'The hot-selling list, overall or for a category (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from help" -f -a "seller-chat" -d 'The seller\'s Wangwang name, to chat with them about an offer (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand goods; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "show" -d 'Show products: title, shop, prices, stock, sales and every SKU (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "check" -d 'Which items can be bought through PandaPon, and why not (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "search" -d 'Search by keyword (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "image-search" -d 'Search by photo: a JPEG, PNG, GIF or WebP file, or an image URL (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "category" -d 'A category\'s names and subcategories (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "recommend" -d 'Recommended offers (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "related" -d 'Offers related to one offer (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "hot" -d 'The hot-selling list, overall or for a category (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "seller-chat" -d 'The seller\'s Wangwang name, to chat with them about an offer (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and not __fish_seen_subcommand_from show check search image-search category recommend related hot seller-chat help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l page-size -d 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l limit -d 'Stop at N results, walking as many pages as that takes' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l sort -d 'Order of the results (commission: Taobao only)' -r -f -a "relevance\t''
price-asc\t''
price-desc\t''
sales\t''
commission\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l min-price -d 'Lowest price, in yuan (e.g. 9.90)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l max-price -d 'Highest price, in yuan' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l category -d 'Only this category (a numeric category id; 1688: see `goods category`)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l shop -d 'Search one seller\'s store, by the seller\'s open id (1688)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l all -d 'Walk every page (see --concurrency) and print one list (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l json-lines -d 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l strict -d 'Only 1688\'s strictly selected offers, 1688严选 (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l global-strict -d 'Only globally strictly selected offers, 全球严选 (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l page-size -d 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l limit -d 'Stop at N results, walking as many pages as that takes' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l all -d 'Walk every page (see --concurrency) and print one list (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l json-lines -d 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from image-search" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from category" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l page-size -d 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l limit -d 'Stop at N results, walking as many pages as that takes' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l all -d 'Walk every page (see --concurrency) and print one list (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l json-lines -d 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from recommend" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l page -d 'Page number, from 1' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l page-size -d 'Results per page: Taobao takes 1 to 40, 1688 1 to 50 [default: 20; a walk: the most]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l limit -d 'Stop at N results, walking as many pages as that takes' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l all -d 'Walk every page (see --concurrency) and print one list (one JSON array)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l json-lines -d 'With --all or --limit: print each result as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from related" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l category -d 'Only this category\'s list (see `goods category`)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from hot" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from seller-chat" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show products: title, shop, prices, stock, sales and every SKU (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "check" -d 'Which items can be bought through PandaPon, and why not (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search by keyword (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "image-search" -d 'Search by photo: a JPEG, PNG, GIF or WebP file, or an image URL (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "category" -d 'A category\'s names and subcategories (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "recommend" -d 'Recommended offers (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "related" -d 'Offers related to one offer (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "hot" -d 'The hot-selling list, overall or for a category (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "seller-chat" -d 'The seller\'s Wangwang name, to chat with them about an offer (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -f -a "estimate" -d 'Estimate the overseas freight of one item to a destination'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -f -a "preview" -d 'Show an order\'s overseas freight options (the render id feeds `freight book`)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -f -a "book" -d 'Create the international logistics order (asks first)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -f -a "domestic" -d 'Update an order\'s domestic (mainland) logistics information'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and not __fish_seen_subcommand_from estimate preview book domestic help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l item -d 'The item id' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l sku -d 'The SKU id' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l quantity -d 'How many' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l price -d 'Unit price in yuan, e.g. 39.90' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l currency -d 'Currency of the price' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l to-country -d 'Country code, e.g. US' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l to-state -d 'State or province, e.g. California' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l to-city -d 'City' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l to-zip -d 'Postal code' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l to-address -d 'Street address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l to-name -d 'Recipient\'s name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l to-phone -d 'Recipient\'s phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l to-mobile -d 'Recipient\'s mobile phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l to-email -d 'Recipient\'s email' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l to-tax-id -d 'Recipient\'s tax id' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from estimate" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l item -d 'A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l currency -d 'Currency of the prices' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l input -d 'Send this JSON body as given (a file, or - for stdin)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l to-country -d 'Country code, e.g. US' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l to-state -d 'State or province, e.g. California' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l to-city -d 'City' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l to-zip -d 'Postal code' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l to-address -d 'Street address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l to-name -d 'Recipient\'s name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l to-phone -d 'Recipient\'s phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l to-mobile -d 'Recipient\'s mobile phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l to-email -d 'Recipient\'s email' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l to-tax-id -d 'Recipient\'s tax id' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from preview" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l render-id -d 'The render id from `freight preview`' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l item -d 'A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l currency -d 'Currency of the prices' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l service-id -d 'The freight service id chosen from `freight preview`' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l company-name -d 'The freight company name of that service' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l service-category -d 'The service category of that service' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l tmall-order -d 'The Tmall/Taobao order this shipment belongs to' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l remark -d 'A note for the warehouse' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l input -d 'Send this JSON body as given (a file, or - for stdin)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l to-country -d 'Country code, e.g. US' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l to-state -d 'State or province, e.g. California' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l to-city -d 'City' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l to-zip -d 'Postal code' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l to-address -d 'Street address' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l to-name -d 'Recipient\'s name' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l to-phone -d 'Recipient\'s phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l to-mobile -d 'Recipient\'s mobile phone' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l to-email -d 'Recipient\'s email' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l to-tax-id -d 'Recipient\'s tax id' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from book" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l order -d 'The order id' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l tmall-order -d 'The Tmall/Taobao order id' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l item -d 'The line shipped, ITEM:SKU:QTY (repeatable; each gets the same tracking)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l tracking -d 'The domestic tracking number' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l company -d 'The domestic logistics company, e.g. 顺丰' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l shipped-at -d 'When it was handed over (rtsTime) [default: now]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l parcel -d 'The parcel\'s number on the line (logisticNumer), when it has one' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l input -d 'Send this JSON body as given (a file, or - for stdin)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from domestic" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from help" -f -a "estimate" -d 'Estimate the overseas freight of one item to a destination'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from help" -f -a "preview" -d 'Show an order\'s overseas freight options (the render id feeds `freight book`)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from help" -f -a "book" -d 'Create the international logistics order (asks first)'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from help" -f -a "domestic" -d 'Update an order\'s domestic (mainland) logistics information'
complete -c pandapon -n "__fish_pandapon_using_subcommand freight; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l tail -d 'Only the last N entries' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l order -d 'Only writes about this order (its id in the request\'s body, path or query)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -f -a "list" -d 'Every write recorded, oldest first (what `pandapon journal` alone shows)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -f -a "unresolved" -d 'Writes whose outcome is unknown, newest first, each with the read that would settle it'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -f -a "reconcile" -d 'Run the reads that settle writes of unknown outcome and record what they show (never repeats a write)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and not __fish_seen_subcommand_from list unresolved reconcile help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l tail -d 'Only the last N entries' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l order -d 'Only writes about this order (its id in the request\'s body, path or query)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from unresolved" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from reconcile" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every write recorded, oldest first (what `pandapon journal` alone shows)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "unresolved" -d 'Writes whose outcome is unknown, newest first, each with the read that would settle it'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "reconcile" -d 'Run the reads that settle writes of unknown outcome and record what they show (never repeats a write)'
complete -c pandapon -n "__fish_pandapon_using_subcommand journal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l port -d 'Port to listen on (0 picks a free one)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l bind -d 'Address to listen on [default: 127.0.0.1]; 0.0.0.0 for every interface' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l path -d 'Path to accept messages on [default: /pandapon/<random token>, new each start]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l forward-to -d 'Post each message to your app at this URL, retrying until it answers 2xx' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l exec -d 'Run this shell command per message, the message on stdin; exit 0 accepts it' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l events -d 'Print and deliver only these types (comma-separated); every message is still kept' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l inbox -d 'The inbox directory [default: <data dir>/pandapon/inbox]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand listen" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -f -a "list" -d 'List the messages received, oldest first'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -f -a "show" -d 'Show one message: what arrived, what it says, who accepted it'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -f -a "replay" -d 'Post messages again to an app (by id, or every pending one)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and not __fish_seen_subcommand_from list show replay help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l type -d 'Only these message types (comma-separated, any case)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l since -d 'Only messages received at or after this time (2026-05-01, "2026-05-01 08:00" local time, or RFC 3339)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l inbox -d 'The inbox directory [default: <data dir>/pandapon/inbox]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l pending -d 'Only messages no app has accepted yet (a duplicate is never pending)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l inbox -d 'The inbox directory [default: <data dir>/pandapon/inbox]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l to -d 'Where to post them (your app\'s endpoint)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l inbox -d 'The inbox directory [default: <data dir>/pandapon/inbox]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l pending -d 'Every message no app has accepted yet'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from replay" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the messages received, oldest first'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one message: what arrived, what it says, who accepted it'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "replay" -d 'Post messages again to an app (by id, or every pending one)'
complete -c pandapon -n "__fish_pandapon_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l to -d 'Where to post it [default: the running `pandapon listen` of the inbox]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l order -d 'The order the message is about [default: a random id]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l inbox -d 'The inbox directory [default: <data dir>/pandapon/inbox]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l list -d 'Name the types it can send, and stop'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l string-body -d 'Send messageBody as a string holding JSON, as Xport\'s example does, not an object'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand trigger" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and not __fish_seen_subcommand_from init show path help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
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
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
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
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the resolved settings and where each came from (the secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the profile file'
complete -c pandapon -n "__fish_pandapon_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "serve" -d 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "reset" -d 'Restore the seed data (the cart, orders and the rest)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'State file [default: <data dir>/pandapon/sandbox.json]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency-ms -d 'Delay every answer by this many milliseconds' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fault -d 'Make an operation misbehave (OP "*" for all): OP=KIND always, OP=KIND*N the next N requests, OP=KIND+N all after the next N, OP=KIND%P P percent of distinct requests once each. Kinds: 500, 502, 503, 429 (any status), html, truncate, reset, hang, not-envelope, bad-types, huge' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l clock-offset -d 'Run the server\'s clock this many seconds ahead (negative: behind)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l callback-url -d 'Push order messages here when orders and after-sales change, as PandaPon would (profile key callback_url, for --sandbox)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l callback-retry-ms -d 'Milliseconds before each of the 5 pushes again of a message not answered 200 (PandaPon waits half an hour)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l request-log -d 'Append a JSON line for every answer to FILE: operation, page, status, code, fault' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l state -d 'State file [default: <data dir>/pandapon/sandbox.json]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l orders -d 'Also generate this many synthetic orders (for volume tests and benchmarks)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Restore the seed data (the cart, orders and the rest)'
complete -c pandapon -n "__fish_pandapon_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -s X -l method -d 'The HTTP method, GET or POST [default: the operation\'s; for a path, GET, or POST with fields or --input]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -s f -l raw-field -d 'A string field, KEY=VALUE (repeatable)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -s F -l field -d 'A typed field, KEY=VALUE: true, false, null, numbers and JSON arrays or objects as such, @FILE for a file\'s text (@- for stdin), anything else a string (repeatable)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l input -d 'The request body: a JSON object from FILE, or - for stdin (fields then go to the query)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l query -d 'A query parameter, KEY=VALUE (repeatable)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l paginate -d 'Fetch every page (pageNo or beginPage, with pageSize) and print one JSON array of the elements'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l json-lines -d 'With --paginate: print each element as one JSON line (NDJSON) as the pages arrive'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -s i -l include -d 'Print the HTTP status line and headers, then the whole response envelope'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l list -d 'List the operations: key, method, path, documented or inferred, safe to retry, and the command that uses it'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c pandapon -n "__fish_pandapon_using_subcommand api" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Check the credentials with one signed read: where each came from, the round trip, the clock'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Check the credentials with one signed read: where each came from, the round trip, the clock'
complete -c pandapon -n "__fish_pandapon_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand completions" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l profile -d 'Profile to use from the config file [default: the file\'s default_profile, else "default"]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l config -d 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]' -r -F
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l base-url -d 'API base URL [default: https://api.pandapon.com]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l platform -d 'Which platform to buy from: taobao or 1688 [default: taobao]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l timeout -d 'Seconds to wait for a request, retries included [default: 30]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l jq -d 'Filter the JSON output with a jq expression (implies --json; strings print raw)' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l concurrency -d 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]' -r
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l color -d 'When to use colour (NO_COLOR is honoured in auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l json -d 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -s v -l verbose -d 'Log each request and response status to stderr'
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l debug -d 'Log requests, headers, the signed string and responses to stderr (secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l dry-run -d 'Print the request that would be sent, and send nothing'
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (required off a terminal for anything that moves money)'
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l no-input -d 'Never prompt; fail instead when input is needed'
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l insecure-http -d 'Allow plain http:// to a host other than this machine (the signature does not cover the body: anyone on the way can change it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l sandbox -d 'Run against the embedded sandbox: no account, no real money'
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -l header -d 'Piped tables: print their column names first, as a tab-separated line (each list\'s help names its columns)'
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -s h -l help -d 'Print help'
complete -c pandapon -n "__fish_pandapon_using_subcommand man" -s V -l version -d 'Print version'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "cart" -d 'The shopping cart on Taobao or 1688 (--platform): list, add, edit, delete, preview, create orders'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "order" -d 'Orders on Taobao or 1688 (--platform): list, show, create, pay, cancel, track'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "after-sales" -d 'Refunds and returns on Taobao or 1688 orders (--platform)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "address" -d 'Shipping addresses stored with PandaPon'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "goods" -d 'Products on Taobao and 1688: show, check, search by keyword or photo'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "freight" -d 'Overseas freight (estimate, preview, book) and domestic tracking updates'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "journal" -d 'The record of every write sent: list it, find and settle the unknown outcomes'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "listen" -d 'Receive PandaPon\'s order messages: kept in the inbox, printed, handed to your app'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "inbox" -d 'The order messages `listen` received: list, show, replay to your app'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "trigger" -d 'Send a sample order message to a running `listen` (or any URL), as PandaPon would'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "config" -d 'Profiles and settings'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "sandbox" -d 'The embedded PandaPon sandbox: serve it for other tools, or reset its data'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "api" -d 'Make a signed request to any API operation (the raw escape hatch, like `gh api`)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "auth" -d 'Credentials: check them, with the clock and the network'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "doctor" -d 'Check the credentials, the clock and the network (the same as `auth status`)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "man" -d 'Print a manual page (roff), for pandapon or one of its commands'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and not __fish_seen_subcommand_from cart order after-sales address goods freight journal listen inbox trigger config sandbox api auth doctor completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "list" -d 'List the items in the cart; on 1688 by seller, disabled items apart with why (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "add" -d 'Add a product to the cart; on Taobao it is looked up for title, price and shop (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "edit" -d 'Change the quantity of a cart item (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "delete" -d 'Remove items from the cart; with no ids on a terminal, pick them (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "preview" -d 'Show what ordering these cart items would cost, per shop or seller (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from cart" -f -a "create" -d 'Turn cart items into orders; shows the preview and asks first (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "list" -d 'List orders, newest first as the API sends them (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "show" -d 'Show orders: status, lines, amounts and a logistics summary (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "logistics" -d 'Show an order\'s logistics: every package and its tracking events (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "im-link" -d 'Print the URL of the seller chat for an order (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "warehouse" -d 'Change an order\'s pre-warehouse (前置仓) name and address (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "create" -d 'Create an order directly (not from the cart); shows the cost and asks first (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "render" -d 'Show what a direct order would cost, without creating it (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "pay" -d 'Pay orders, asking once for the whole batch; on 1688 a pay URL or paid by agreement (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "cancel" -d 'Cancel unpaid orders, asking once for the whole batch (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "confirm-receipt" -d 'Confirm that shipped orders arrived, which pays the seller (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "list" -d 'List after-sales (reverse) orders (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "show" -d 'Show one after-sales order (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "render" -d 'Show the reasons and the maximum refundable amount for a sub-order (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "reasons" -d 'List the refund reasons an order can have, for `submit --reason` (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "submit" -d 'Ask for a refund; on a Taobao terminal without flags, a guided walk-through (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "modify" -d 'Change an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "cancel" -d 'Withdraw an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "message" -d 'Send a message to the seller about an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "messages" -d 'List the messages of an after-sales request (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "return-logistics" -d 'Show where and how to send goods back: the return-logistics render (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "return-ship" -d 'Tell the seller the return has been shipped (Taobao, 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from after-sales" -f -a "companies" -d 'List the logistics companies a return can be sent with (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from address" -f -a "list" -d 'List the stored addresses'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from address" -f -a "set" -d 'Add an address, or update one with --id (fields not given are kept)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from goods" -f -a "show" -d 'Show products: title, shop, prices, stock, sales and every SKU (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from goods" -f -a "check" -d 'Which items can be bought through PandaPon, and why not (Taobao)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from goods" -f -a "search" -d 'Search by keyword (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from goods" -f -a "image-search" -d 'Search by photo: a JPEG, PNG, GIF or WebP file, or an image URL (Taobao and 1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from goods" -f -a "category" -d 'A category\'s names and subcategories (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from goods" -f -a "recommend" -d 'Recommended offers (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from goods" -f -a "related" -d 'Offers related to one offer (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from goods" -f -a "hot" -d 'The hot-selling list, overall or for a category (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from goods" -f -a "seller-chat" -d 'The seller\'s Wangwang name, to chat with them about an offer (1688)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from freight" -f -a "estimate" -d 'Estimate the overseas freight of one item to a destination'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from freight" -f -a "preview" -d 'Show an order\'s overseas freight options (the render id feeds `freight book`)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from freight" -f -a "book" -d 'Create the international logistics order (asks first)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from freight" -f -a "domestic" -d 'Update an order\'s domestic (mainland) logistics information'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "list" -d 'Every write recorded, oldest first (what `pandapon journal` alone shows)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "unresolved" -d 'Writes whose outcome is unknown, newest first, each with the read that would settle it'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from journal" -f -a "reconcile" -d 'Run the reads that settle writes of unknown outcome and record what they show (never repeats a write)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "list" -d 'List the messages received, oldest first'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "show" -d 'Show one message: what arrived, what it says, who accepted it'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "replay" -d 'Post messages again to an app (by id, or every pending one)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the resolved settings and where each came from (the secret masked)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the profile file'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Restore the seed data (the cart, orders and the rest)'
complete -c pandapon -n "__fish_pandapon_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Check the credentials with one signed read: where each came from, the round trip, the clock'
