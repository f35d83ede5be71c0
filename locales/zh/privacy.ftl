# Privacy and safety: the privacy page, "Delete my answers", and the pages
# for a refused form (403) and too many tries (429).
# $session-days comes from HUELLA_SESSION_DAYS, $session-max-days from HUELLA_SESSION_MAX_DAYS.

## Footer and result page
footer-privacy-link = 隐私：我们保存什么
delete-button = 删除我的答案
delete-hint = 这会立刻从 Huella 删除您的答案。如果您需要清单，请先打印或保存。

## After "Delete my answers"
deleted-title = 您的答案已删除
deleted-body = 我们已经从 Huella 删除了您的答案。不管在这台设备还是别的设备上，都再也看不到了。
deleted-start-link = 用新的答案重新开始

## The privacy page
privacy-title = 隐私：我们保存什么
privacy-lead = Huella 是为移民案子面临风险的人做的。我们尽量少保存信息。
privacy-stored-heading = 我们保存什么
privacy-stored-body = 我们保存您对问题的回答，比如“您的通知来了吗？”和您的预约日期。
    我们用一把钥匙把您的答案锁起来。只有您的设备有这把钥匙，放在一个 cookie 里。我们不保存这把钥匙。没有它，谁都读不了您的答案，连我们也不能。
    如果您丢了这个 cookie，又没有您的返回代码，您的答案就永远没有了。谁都找不回来。
    我们还会保存您最后一次访问的时间，这样我们知道什么时候删除您的答案。
privacy-time-heading = 我们保存多久
privacy-time-body = { $session-days ->
       *[other] 我们会在您最后一次访问后 { $session-days } 天删除您的答案，最晚在您第一次回答后 { $session-max-days } 天删除。
    }您也可以更早删除。在任何页面的底部按“删除我的答案”，答案会马上被删除。
privacy-never-heading = 我们从不保存什么
privacy-never-body = 我们从不问您的名字、A 号码、地址或电话号码。我们从不保存您的网络地址（IP 地址）。
    我们不用广告，也不做跟踪。没有别的网站会知道您在用 Huella。页面的每一部分都来自 Huella。
privacy-cookies-heading = Cookie
privacy-cookies-body = Huella 使用两个小 cookie。一个存放打开您答案的钥匙。另一个存放您选择的语言。两个都不包含您的名字。
privacy-logs-heading = 服务器记录
privacy-logs-body = 我们的服务器可能会为它显示的每个页面写一行记录：页面的类型、是否成功、用了多长时间。这些记录里从来没有您的答案、您的随机号码或您的网络地址。
privacy-limit-heading = 防止滥用
privacy-limit-body = 为了防止滥用，Huella 会计算一台设备一分钟内发送了多少个表单。为此，它会把您网络地址打乱后的形式保存最多两分钟，而且只放在内存里。它从来不会被写下来。
privacy-shared-heading = 在共用的手机或电脑上
privacy-shared-body = 在您删除答案以前，任何使用这台设备和这个浏览器的人都能看到您的答案。用完以后，请按“删除我的答案”。

## A refused form (403) and too many tries (429)
error-forbidden-title = 这个页面已经过期
error-forbidden-body = 为了您的安全，我们不能接受这个表单。什么都没有改变。请返回，重新加载页面，再试一次。您保存的答案是安全的。
error-too-many-title = 尝试次数太多
error-too-many-body = 一分钟内我们从您的设备收到了太多表单。请等一分钟，然后再试。您保存的答案是安全的。
error-back-link = 回到您刚才的页面
api-error-too-many = 请求太多。请等一分钟再试。
error-full-title = Huella 现在人太多了
error-full-body = 现在使用 Huella 的人太多，所以我们无法开始新的答案。请稍后再试。如果您已经开始了，您的答案是安全的。
