import { html, type Html } from './html';
import { notice, shell } from './layout';

/** The sign-in page: one field, the token, posted (never in the URL). */
export function loginPage(error?: string, next?: string): Html {
  return shell(
    '登录',
    html`<main id="main" class="login">
<h1>网格通 · 社区办公台</h1>
<p>请输入社区办公室或网格长的令牌登录。令牌在首次启动时打印，或由管理员用 <code>npm run token</code> 生成。</p>
${error ? notice('error', error) : ''}
<form method="post" action="/console/login" class="card">
  <label for="token">令牌</label>
  <input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
  ${next ? html`<input type="hidden" name="next" value="${next}">` : ''}
  <button type="submit">登录</button>
</form>
</main>`,
  );
}

export const tokenEmpty = () => '请输入令牌。';
export const tokenWrong = () => '令牌不对，或已被停用。';
export const signedOut = () => '已退出登录。';
