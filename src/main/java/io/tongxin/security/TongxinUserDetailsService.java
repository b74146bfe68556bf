package io.tongxin.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the principal, with roles and permissions, for form login and HTTP Basic alike. */
@Service
class TongxinUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    TongxinUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findPrincipal(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
