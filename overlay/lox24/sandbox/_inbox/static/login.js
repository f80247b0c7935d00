// The login of a locked inbox: the token goes in a POST body, never in a URL.
const form = document.getElementById("login");
const error = document.getElementById("login-error");
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const token = form.elements.token.value;
  const answer = await fetch("/_sandbox/inbox/login", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token }),
    credentials: "same-origin",
  });
  form.elements.token.value = "";
  if (answer.ok) {
    location.reload();
  } else {
    error.hidden = false;
  }
});
